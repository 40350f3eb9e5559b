import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct SkipReasonDialogTests {
    @Test func anEmptyReasonIsNotAcceptedAndAReasonSkips() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"), .character("x"))
        #expect(AppFixture.press(&state, .enter).isEmpty, "an empty reason is not accepted")
        AppFixture.type(&state, "对方不让进门")
        let effects = AppFixture.press(&state, .enter)
        #expect(AppFixture.writes(effects) == [.itemMarked(itemID: "arrival.purpose", mark: .skipped(reason: "对方不让进门"))])
        #expect(state.dialogs.last is SkipReasonDialog, "the dialog waits for the store")
        if case .write(let write)? = effects.first { AppFixture.send(&state, .written(write, AppFixture.visit(AppFixture.agentEvents()))) }
        #expect(state.dialogs.isEmpty)
    }

    @Test func escCancels() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("x"), .character("a"), .escape)
        #expect(state.dialogs.isEmpty)
    }
}
