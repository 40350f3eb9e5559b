import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct QuitWithDraftDialogTests {
    @Test func discardClearsTheDraftAndQuits() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"), .character("半"), .character("q"))
        #expect(state.notes.editor?.text == "半q", "q is text in the note line")
        AppFixture.press(&state, .ctrl("c"))
        #expect(AppFixture.press(&state, .character("d")) == [.clearDraft(visitID: 7)])
        #expect(state.shouldQuit)
    }

    @Test func cancelStaysWithTheNote() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"), .character("半"), .ctrl("c"), .character("c"))
        #expect(!state.shouldQuit && state.dialogs.isEmpty)
        #expect(state.notes.editor?.text == "半")
    }
}
