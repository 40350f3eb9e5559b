import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The one-key confirmation: y or Enter carries out what it holds, n or Esc changes nothing.
struct ConfirmDialogTests {
    private let held: [Effect] = [.recordReveal(caseID: 1, revealed: true, known: nil)]

    private func asking() -> DeskState {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        state.dialogs.append(ConfirmDialog(question: UIText.revealQuestion, effects: held))
        return state
    }

    @Test(arguments: [Key.character("y"), .enter])
    func yesCarriesOutWhatItHolds(key: Key) {
        var state = asking()
        #expect(AppFixture.press(&state, key) == held)
        #expect(state.dialogs.isEmpty)
    }

    @Test(arguments: [Key.character("n"), .escape])
    func noChangesNothingAndSaysSo(key: Key) {
        var state = asking()
        #expect(AppFixture.press(&state, key).isEmpty)
        #expect(state.dialogs.isEmpty)
        #expect(state.message?.text == UIText.cancelledNothingChanged.en)
    }

    @Test func otherKeysAreIgnoredWhileItAsks() {
        var state = asking()
        #expect(AppFixture.press(&state, .character(" "), .character("q"), .character("u")).isEmpty)
        #expect(state.dialogs.count == 1 && !state.shouldQuit)
    }

    @Test func itShowsTheQuestionAndItsKeysAndFitsTheSmallestDesk() {
        for (width, height) in [(80, 24), (60, 16)] {
            var state = AppFixture.withOpenVisit(width: width, height: height)
            state.dialogs.append(ConfirmDialog(question: UIText.revealQuestion, effects: held))
            let screen = DeskRenderer.render(state).textLines().joined(separator: "\n")
            #expect(screen.contains("Show the phone and ID number in full?"))
            #expect(screen.contains("logged."))
            #expect(screen.contains("y/Enter confirm"))
            #expect(state.keyBar().items.map(\.keys) == ["y/Enter", "n/Esc"])
        }
    }

    @Test func noKeyIsBoundTwice() {
        #expect(AppFixture.duplicateKeys(ConfirmDialog.self).isEmpty)
    }
}
