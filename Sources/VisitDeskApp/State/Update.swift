import Foundation
import TUI
import VisitDesk

/// The desk's update function: the new state and the effects to perform for one action.
/// Pure apart from the state it is given; the runner performs the effects.
func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return handleKey(&state, key)
    case .tick(let now):
        state.now = now
        state.refreshWarnings()
        var effects: [Effect] = [.checkForChanges]
        if let visitID = state.noteDraftVisitID, let editor = state.noteEditor, editor.text != state.draftSavedText {
            effects.append(.saveDraft(visitID: visitID, text: editor.text))
        }
        return effects
    case .resized(let size):
        state.size = size
        state.cases.list.scrollToSelection(height: state.caseListHeight)
        return state.caseWindowEffects()
    case .casesLoaded(let count, let offset, let rows):
        if let count { state.cases.count = count }
        state.cases.windowOffset = offset
        state.cases.window = rows
        state.cases.loaded = true
        if state.cases.list.selected >= state.cases.count {
            state.cases.list.selected = max(0, state.cases.count - 1)
            state.cases.list.scrollToSelection(height: state.caseListHeight)
        }
        return []
    case .caseOpened(let loanCase, let visit, let draft):
        let typingInVisit = state.noteEditor == nil ? nil : state.liveVisit?.id
        state.showCase(loanCase, visit: visit, draft: draft)
        return state.keepNoteOfVisitEndedElsewhere(typingInVisit)
    case .visitStarted(let loanCase, let visit):
        if case .startVisit? = state.modal { state.modal = nil }
        state.showCase(loanCase, visit: visit, draft: nil)
        return []
    case .appended(let visitID, let kind):
        return state.closeWhatAskedFor(kind, in: visitID)
    case .endedVisitDraftFound(let caseID, let visitID, let text):
        guard state.openCase?.loanCase.id == caseID, state.noteEditor == nil else { return [] }
        state.message = StatusMessage(text: "\(state.text(UIText.keptNoteOfEndedVisit)) \(visitID): \(text)", isError: false)
        return []
    case .formDraftFound(let caseID, let encoded):
        return state.offerKeptForm(caseID: caseID, encoded: encoded)
    case .visitChanged(let visit):
        guard var open = state.openCase, open.loanCase.id == visit.caseID else { return [] }
        open.visit = visit
        state.openCase = open
        state.clampChecklist()
        state.refreshWarnings()
        return []
    case .historyLoaded(let rows):
        guard case .history(var history)? = state.screens.last else { return [] }
        history.rows = rows
        history.list.selected = min(history.list.selected, max(0, rows.count - 1))
        state.screens[state.screens.count - 1] = .history(history)
        return []
    case .reviewLoaded(let review):
        state.screens.append(.review(review))
        return []
    case .summaryLoaded(let summary):
        if case .summary? = state.screens.last { state.screens.removeLast() }
        state.screens.append(.summary(summary))
        return []
    case .noteFromEditor(let text):
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let visit = state.liveVisit else { return [] }
        guard !trimmed.isEmpty else {
            state.message = StatusMessage(text: state.text(UIText.emptyNote), isError: false)
            return []
        }
        return [.append(visitID: visit.id, kind: .noteAdded(noteID: UUID().uuidString, text: trimmed))]
    case .draftSaved(let text):
        state.draftSavedText = text
        return []
    case .externalChange:
        var effects = state.caseWindowEffects(force: true)
        if let open = state.openCase, let id = open.loanCase.id { effects.append(.refreshCase(id: id, visitID: open.visit?.id)) }
        return effects
    case .printersFound(let visitID, let printers):
        state.printersFound(visitID: visitID, printers)
        return []
    case .printFinished(let result):
        state.printFinished(result)
        return []
    case .info(let text):
        state.message = StatusMessage(text: text, isError: false)
        return []
    case .failed(let text):
        state.message = StatusMessage(text: text, isError: true)
        return []
    case .terminate:
        state.shouldQuit = true
        return state.keepEverythingTyped()
    }
}

/// Keys go to whatever is capturing text first (a dialog, the note line, a search), then
/// through the keymap in the active contexts.
private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if key == .resize { return [] }
    // In raw mode Ctrl-\\ and Ctrl-Z arrive as keys, not as SIGQUIT and SIGTSTP.
    if key == .ctrl("c") || key == .ctrl("\\") { return interrupt(&state) }
    if key == .ctrl("z") { return [.suspendProcess] }
    if state.modal != nil { return handleModalKey(&state, key) }
    if state.screens.isEmpty, state.noteEditor != nil { return handleNoteKey(&state, key) }
    if let effects = handleSearchKey(&state, key) { return effects }
    if state.isTooSmall {
        guard state.keymap.action(for: key, in: [KeyContext.anywhere]) == .quit else { return [] }
        return perform(&state, .quit)
    }
    guard let action = state.keymap.action(for: key, in: state.activeContexts) else { return [] }
    state.message = nil
    return perform(&state, action)
}

/// Ctrl-C quits from anywhere — forms, searches and dialogs included. With a note being
/// typed it asks first; a second Ctrl-C keeps the draft and quits.
private func interrupt(_ state: inout AppState) -> [Effect] {
    if case .quitWithDraft? = state.modal {
        state.shouldQuit = true
        guard let visitID = state.noteDraftVisitID, let text = state.noteEditor?.text else { return [] }
        return [.saveDraft(visitID: visitID, text: text)]
    }
    state.modal = nil
    return perform(&state, .quit)
}

extension AppState {
    /// Rows of the case list that fit in its pane.
    var caseListHeight: Int { max(1, DeskLayout.innerHeight(layout.cases)) }

    /// Loads the window of case rows around the visible part when it is not already loaded.
    func caseWindowEffects(force: Bool = false) -> [Effect] {
        let height = caseListHeight
        let visible = cases.list.offset..<(cases.list.offset + height)
        let loaded = cases.windowOffset..<(cases.windowOffset + cases.window.count)
        let covered = visible.clamped(to: 0..<max(cases.count, 0)).allSatisfy { loaded.contains($0) }
        if cases.loaded, covered, !force { return [] }
        let offset = max(0, cases.list.offset - height)
        // Counting a large list costs more than a page: only when the list itself may have changed.
        return [.loadCases(query: cases.query, offset: offset, limit: height * 3, counting: force || !cases.loaded)]
    }

    /// Recomputes the live rule warnings of the open visit.
    mutating func refreshWarnings() {
        guard var open = openCase else { return }
        if let visit = open.visit, let playbook = open.playbook {
            open.warnings = rules.evaluate(visit: visit, playbook: playbook, loanCase: open.loanCase, now: now)
        } else {
            open.warnings = []
        }
        openCase = open
    }

    mutating func clampChecklist() {
        guard var open = openCase else { return }
        let count = open.currentStage?.items.count ?? 0
        open.checklist.selected = min(open.checklist.selected, max(0, count - 1))
        openCase = open
    }

    /// Shows a case in the right-hand panes, keeping what the user had open if it is the
    /// same case (a refresh after another process changed it).
    mutating func showCase(_ loanCase: LoanCase, visit: VisitState?, draft: String?) {
        let sameCase = openCase?.loanCase.id == loanCase.id
        let previous = openCase
        var open = OpenCase(loanCase: loanCase, visit: visit)
        open.playbook = visit.flatMap { playbooks.playbook(id: $0.playbookID) }
        if sameCase, let previous {
            open.revealed = previous.revealed
            open.notesScrollBack = previous.notesScrollBack
            if previous.visit?.currentStageID == visit?.currentStageID { open.checklist = previous.checklist }
        }
        openCase = open
        clampChecklist()
        refreshWarnings()
        if visit != nil, previous?.visit?.id != visit?.id { focus = .checklist }
        if !sameCase {
            noteEditor = nil
            draftSavedText = nil
            if let draft, !draft.isEmpty, visit.map({ !$0.isEnded }) == true {
                noteEditor = LineEditor(draft)
                draftSavedText = draft
                focus = .notes
                message = StatusMessage(text: text(UIText.draftRestored), isError: false)
            }
        }
    }
}
