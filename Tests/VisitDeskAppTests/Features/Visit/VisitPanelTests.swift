import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The keys that act on the whole visit wherever the focus is, with a fixed environment.
struct VisitPanelTests {
    @Test func bracketsMoveBetweenStages() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.writes(AppFixture.press(&state, .character("]"))) == [.stageEntered(stageID: "identity")])
        #expect(AppFixture.writes(AppFixture.press(&state, .character("["))) == [.stageEntered(stageID: "appointment")])
    }

    @Test func aWriteCarriesTheVisitItWasAskedFrom() {
        var state = AppFixture.withOpenVisit()
        guard case .write(let write)? = AppFixture.press(&state, .character("]")).first else { Issue.record("no write"); return }
        #expect(write.visitID == 7)
        #expect(write.known == AppFixture.visit(AppFixture.agentEvents()))
    }

    @Test func uUndoesTheLastChange() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.writes(AppFixture.press(&state, .character("u"))) == [.undone(sequence: 8)])
    }

    @Test func capitalNOpensTheExternalEditor() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("N")) == [.editNoteExternally(language: .en)])
        let saved = AppFixture.send(&state, .noteFromEditor("  长记录\n第二行\n"))
        #expect(AppFixture.writes(saved) == [.noteAdded(noteID: "note-1", text: "长记录\n第二行")])
    }

    @Test func aVisitLockedByAskedToLeaveRefusesEverythingButAnAddendum() {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .ended(reason: .askedToLeave), hash: ""))
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        for key in [" ", "x", "-", "u", "o", "e", "]", "V"] {
            #expect(AppFixture.press(&state, .character(Character(key))).isEmpty, "\(key) on a locked visit")
            #expect(state.dialogs.isEmpty)
        }
        #expect(state.message?.text == UIText.visitLockedAddendum.agent.en)
        AppFixture.press(&state, .character("n"))
        #expect(state.notes.editor != nil, "n opens the addendum line even on a locked visit")
    }

    @Test func rRevealsAndHidesPersonalData() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("r")) == [.recordReveal(caseID: 1, revealed: true)])
        #expect(state.session?.revealed == true)
        #expect(AppFixture.press(&state, .character("r")) == [.recordReveal(caseID: 1, revealed: false)])
    }

    @Test func rWithoutACaseSaysSo() {
        var state = AppFixture.state()
        #expect(AppFixture.press(&state, .character("r")).isEmpty)
        #expect(state.message?.text == UIText.needCase.en)
    }

    @Test func aReadOnlyDeskNeverReveals() {
        var state = AppFixture.withOpenVisit()
        state.isReadOnly = true
        #expect(AppFixture.press(&state, .character("r")).isEmpty)
        #expect(state.session?.revealed == false)
        #expect(state.message?.isError == true)
    }

    @Test func sAsksForTheSummaryInTheUILanguage() {
        var state = AppFixture.withOpenVisit(language: .zh)
        #expect(AppFixture.press(&state, .character("s")) == [.loadSummary(visitID: 7, language: .zh)])
    }

    @Test func noKeyIsBoundTwice() {
        #expect(Keymap(VisitPanel.keymap(.en)).duplicateKeys().isEmpty)
    }
}
