import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct EndVisitDialogTests {
    @Test func eEndsTheVisitWithItsReason() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("e"))
        #expect(state.dialogs.last is EndVisitDialog)
        #expect(AppFixture.writes(AppFixture.press(&state, .character("a"))) == [.ended(reason: .askedToLeave)])
        AppFixture.press(&state, .character("e"), .character("j"), .character("j"))
        #expect(AppFixture.writes(AppFixture.press(&state, .enter)) == [.ended(reason: .noContact)])
    }

    @Test func everyReasonHasItsOwnLetter() {
        #expect(Keymap(EndVisitDialog.keymap(.en)).duplicateKeys().isEmpty)
        #expect(Set(EndReason.allCases.map(\.shortcut)).count == EndReason.allCases.count)
    }
}
