import Foundation
import TUI
import VisitDesk

/// Keys while a note is typed in the notes pane: Enter saves, Esc cancels, Ctrl-C asks
/// before quitting, everything else edits. The note leaves the editor only once the
/// store has it (`closeWhatAskedFor`); a refused save leaves it where it is.
func handleNoteKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard let editor = state.noteEditor, let visit = state.openCase?.visit else {
        state.noteEditor = nil
        return []
    }
    switch key {
    case .enter:
        let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        guard !visit.isEnded else {
            state.message = StatusMessage(text: state.text(UIText.visitEndedElsewhere), isError: true)
            return []
        }
        return [.append(visitID: visit.id, kind: .noteAdded(noteID: UUID().uuidString, text: text))]
    case .escape:
        state.noteEditor = nil
        defer { state.draftSavedText = nil }
        // A note typed when its visit was ended elsewhere stays the visit's draft.
        if visit.isEnded { return editor.text == state.draftSavedText ? [] : [.saveDraft(visitID: visit.id, text: editor.text)] }
        return [.clearDraft(visitID: visit.id)]
    default:
        // Edited in place: a copy of the editor per key would cost the length of the note.
        _ = state.noteEditor?.handle(key)
        return []
    }
}

/// Keys while a search is typed after `/`: the list filters as you type, Enter keeps the
/// filter, Esc clears it. Returns nil when no search is being typed.
func handleSearchKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
    if case .history(var history)? = state.screens.last {
        guard var editor = history.searchEditor else { return nil }
        switch key {
        case .enter: history.searchEditor = nil
        case .escape:
            history.searchEditor = nil
            editor = LineEditor()
        default: _ = editor.handle(key)
        }
        if history.searchEditor != nil { history.searchEditor = editor }
        let changed = editor.text != history.query
        history.query = editor.text
        if changed { history.list = ListState() }
        state.screens[state.screens.count - 1] = .history(history)
        return changed ? [.loadHistory(caseID: history.caseID, query: history.query)] : []
    }
    guard state.screens.isEmpty, var editor = state.cases.searchEditor else { return nil }
    switch key {
    case .enter: state.cases.searchEditor = nil
    case .escape:
        state.cases.searchEditor = nil
        editor = LineEditor()
    default:
        _ = editor.handle(key)
        state.cases.searchEditor = editor
    }
    guard editor.text != state.cases.query else { return [] }
    state.cases.query = editor.text
    state.cases.list = ListState()
    return state.caseWindowEffects(force: true)
}

/// Keys while a dialog is open.
func handleModalKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch state.modal {
    case .help?:
        if let action = state.keymap.action(for: key, in: state.activeContexts) {
            return perform(&state, action)
        }
        return []
    case .startVisit(var form)?:
        switch form.handle(key) {
        case .cancel?: state.modal = nil
        case .submit?:
            state.modal = .startVisit(form)
            return submitStartVisit(&state, form)
        case nil: state.modal = .startVisit(form)
        }
        return []
    case .chooseOutcome(var list)?:
        return chooseOutcomeKey(&state, &list, key)
    case .outcomeForm(let code, var form)?:
        switch form.handle(key) {
        case .cancel?: state.modal = nil
        case .submit?:
            state.modal = .outcomeForm(code, form)
            return submitOutcome(&state, code, form)
        case nil: state.modal = .outcomeForm(code, form)
        }
        return []
    case .skipReason(let itemID, var editor)?:
        switch key {
        case .escape:
            state.modal = nil
        case .enter:
            let reason = editor.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty, let visit = state.liveVisit else { return [] }
            // The dialog stays open until the store has the reason (`closeWhatAskedFor`).
            return [.append(visitID: visit.id, kind: .itemMarked(itemID: itemID, mark: .skipped(reason: reason)))]
        default:
            _ = editor.handle(key)
            state.modal = .skipReason(itemID: itemID, editor: editor)
        }
        return []
    case .endVisit(let selected)?:
        return choiceKey(&state, key, selected: selected, options: EndReason.allCases.map(\.shortcut),
                         reopen: { .endVisit(selected: $0) }) { state, index in
            guard let visit = state.liveVisit else { return [] }
            return [.append(visitID: visit.id, kind: .ended(reason: EndReason.allCases[index]))]
        }
    case .quitWithDraft(let selected)?:
        return choiceKey(&state, key, selected: selected, options: QuitChoice.allCases.map(\.shortcut),
                         reopen: { .quitWithDraft(selected: $0) }) { state, index in
            switch QuitChoice.allCases[index] {
            case .keepDraft:
                state.shouldQuit = true
                guard let visitID = state.noteDraftVisitID, let text = state.noteEditor?.text else { return [] }
                return [.saveDraft(visitID: visitID, text: text)]
            case .discardDraft:
                state.shouldQuit = true
                state.noteEditor = nil
                return state.liveVisit.map { [.clearDraft(visitID: $0.id)] } ?? []
            case .cancel:
                return []
            }
        }
    case .print(let dialog)?:
        return handlePrintDialogKey(&state, dialog, key)
    case nil:
        return []
    }
}

/// A list of options with a letter each: j/k or arrows move, the letter or Enter picks,
/// Esc closes.
private func choiceKey(_ state: inout AppState, _ key: Key, selected: Int, options: [Character],
                       reopen: (Int) -> Dialog, pick: (inout AppState, Int) -> [Effect]) -> [Effect] {
    switch key {
    case .escape:
        state.modal = nil
    case .down, .character("j"), .tab:
        state.modal = reopen(min(selected + 1, options.count - 1))
    case .up, .character("k"), .backTab:
        state.modal = reopen(max(selected - 1, 0))
    case .enter:
        state.modal = nil
        return pick(&state, selected)
    case .character(let letter):
        guard let index = options.firstIndex(of: letter) else { return [] }
        state.modal = nil
        return pick(&state, index)
    default:
        break
    }
    return []
}

private func chooseOutcomeKey(_ state: inout AppState, _ list: inout ListState, _ key: Key) -> [Effect] {
    let codes = OutcomeCode.allCases
    var picked: OutcomeCode?
    switch key {
    case .escape: state.modal = nil; return []
    case .down, .character("j"): list.move(by: 1, count: codes.count)
    case .up, .character("k"): list.move(by: -1, count: codes.count)
    case .enter: picked = codes[list.selected]
    case .character(let letter): picked = codes.first { $0.shortcut == letter }
    default: break
    }
    guard let code = picked, let open = state.openCase else {
        state.modal = .chooseOutcome(list)
        return []
    }
    let form = OutcomeForm.make(code, loanCase: open.loanCase, language: state.language)
    if form.fields.isEmpty { return submitOutcome(&state, code, form) }
    state.modal = .outcomeForm(code, form)
    return []
}

private func submitStartVisit(_ state: inout AppState, _ form: Form) -> [Effect] {
    guard let caseID = state.cases.selectedCase?.id else { state.modal = nil; return [] }
    switch StartVisitForm.parse(form, language: state.language) {
    case .failure(let withErrors):
        state.modal = .startVisit(withErrors.form)
        return []
    case .success(let request):
        guard let playbook = state.playbooks.playbooks(for: request.role).first else { return [] }
        // The form stays open until the visit is in the store (`.visitStarted`).
        return [.startVisit(caseID: caseID, role: request.role, playbookID: playbook.id,
                            visitors: request.visitors, location: request.location)]
    }
}

private func submitOutcome(_ state: inout AppState, _ code: OutcomeCode, _ form: Form) -> [Effect] {
    guard let visit = state.liveVisit else { state.modal = nil; return [] }
    switch OutcomeForm.parse(code, form, today: CalendarDay(state.now, in: state.clock.timeZone), language: state.language) {
    case .failure(let withErrors):
        state.modal = .outcomeForm(code, withErrors.form)
        return []
    case .success(let outcome):
        // The form stays open until the store has the outcome (`closeWhatAskedFor`).
        return [.append(visitID: visit.id, kind: .outcomeRecorded(outcome))]
    }
}

/// The options of the quit dialog shown while a note draft is open.
enum QuitChoice: CaseIterable {
    case keepDraft, discardDraft, cancel

    var shortcut: Character {
        switch self {
        case .keepDraft: "s"
        case .discardDraft: "d"
        case .cancel: "c"
        }
    }

    var label: LocalizedText {
        switch self {
        case .keepDraft: UIText.keepDraftQuit
        case .discardDraft: UIText.discardDraftQuit
        case .cancel: UIText.cancel
        }
    }
}

extension EndReason {
    /// The letter that picks this reason in the end-visit dialog.
    var shortcut: Character {
        switch self {
        case .completed: "c"
        case .askedToLeave: "a"
        case .noContact: "n"
        case .aborted: "b"
        }
    }
}
