import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The note line: typed in place, saved only once the store has it, kept as a draft meanwhile.
struct NotesTests {
    @Test func nTypesANoteInPlaceEnterSavesEscCancels() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"))
        #expect(state.focus == .notes)
        AppFixture.type(&state, "同意下周还款")
        let saved = AppFixture.press(&state, .enter)
        #expect(AppFixture.writes(saved) == [.noteAdded(noteID: "note-1", text: "同意下周还款")])
        #expect(state.notes.editor?.text == "同意下周还款", "the note stays until the store has it")
        guard case .write(let write)? = saved.first else { return }
        #expect(write.closes == .noteLine)
        #expect(AppFixture.send(&state, .written(write, AppFixture.visit(AppFixture.agentEvents()))) == [.clearDraft(visitID: 7)])
        #expect(state.notes.editor == nil)

        AppFixture.press(&state, .character("n"), .character("x"))
        #expect(AppFixture.press(&state, .escape) == [.clearDraft(visitID: 7)])
        #expect(state.focus == .checklist)
        #expect(state.notes.editor == nil)
    }

    @Test func aSavedNoteGivesTheFocusBackSoTheNextSpaceTicks() {
        var state = AppFixture.withOpenVisit()
        #expect(state.focus == .checklist)
        AppFixture.press(&state, .character("n"))
        AppFixture.type(&state, "对方出示了工资条")
        guard case .write(let write)? = AppFixture.press(&state, .enter).first else { Issue.record("no write"); return }
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: write.kind, hash: ""))
        AppFixture.send(&state, .written(write, AppFixture.visit(events)))
        #expect(state.focus == .checklist)
        #expect(state.message?.text == UIText.noteSaved.en)
        #expect(AppFixture.writes(AppFixture.press(&state, .character(" "))) == [.itemMarked(itemID: "arrival.staff-id", mark: .pending)])
    }

    @Test func aCancelledNoteGivesTheFocusBackToThePaneItCameFrom() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("2"), .character("n"), .character("x"), .escape)
        #expect(state.focus == .stage)
        #expect(state.notes.editor == nil)
    }

    @Test func keysAreTextWhileTyping() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"))
        AppFixture.type(&state, "q?e ")
        #expect(state.notes.editor?.text == "q?e ")
        #expect(!state.shouldQuit && state.dialogs.isEmpty)
    }

    @Test func theTickSavesAChangedDraftOnlyOnce() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"))
        AppFixture.type(&state, "草稿")
        #expect(AppFixture.send(&state, .tick(AppFixture.now)) == [.checkForChanges, .saveDraft(visitID: 7, text: "草稿")])
        AppFixture.send(&state, .draftSaved("草稿"))
        #expect(AppFixture.send(&state, .tick(AppFixture.now)) == [.checkForChanges])
    }

    @Test func aDraftComesBackWhenTheCaseIsOpened() {
        var state = AppFixture.state()
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(AppFixture.agentEvents()), draft: "债务人说"))
        #expect(state.notes.editor?.text == "债务人说")
        #expect(state.focus == .notes)
    }

    @Test func listKeysScrollTheNotesWhenNotTyping() {
        var state = AppFixture.withOpenVisit(width: 60, height: 16)
        AppFixture.press(&state, .character("4"), .character("k"))
        #expect(state.notes.scrollBack >= 0)
        #expect(Keymap(state.notes.bindings(state.context(of: .notes))).duplicateKeys().isEmpty)
    }
}
