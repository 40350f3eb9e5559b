import Foundation
import TUI
import VisitDesk

/// Carries out one keymap action.
func perform(_ state: inout AppState, _ action: DeskAction) -> [Effect] {
    switch action {
    case .help:
        state.modal = .help(scroll: 0)
    case .quit:
        if state.noteEditor != nil {
            state.modal = .quitWithDraft(selected: 0)
        } else {
            state.shouldQuit = true
        }
    case .toggleLanguage:
        state.language = state.language == .zh ? .en : .zh
        state.refreshWarnings()
        return state.reloadDocumentsForLanguage()
    case .redraw:
        return [.redraw]
    case .focusNext:
        state.focus = DeskPane(rawValue: state.focus.rawValue % DeskPane.allCases.count + 1)!
    case .focusPrevious:
        state.focus = DeskPane(rawValue: (state.focus.rawValue + DeskPane.allCases.count - 2) % DeskPane.allCases.count + 1)!
    case .focusPane(let pane):
        state.focus = pane
    case .moveDown, .moveUp, .top, .bottom, .pageDown, .pageUp:
        return state.move(action)
    case .search:
        if case .history(var history)? = state.screens.last {
            history.searchEditor = LineEditor(history.query)
            state.screens[state.screens.count - 1] = .history(history)
        } else {
            state.cases.searchEditor = LineEditor(state.cases.query)
        }
    case .openCase:
        guard let id = state.cases.selectedCase?.id else { return [] }
        return [.openCase(id: id)]
    case .startVisit:
        return state.openStartVisitForm()
    case .nextStage, .previousStage:
        return state.moveStage(forward: action == .nextStage)
    case .toggleDone:
        return state.markSelectedItem { current in current == .done ? .pending : .done }
    case .notApplicable:
        return state.markSelectedItem { current in current == .notApplicable ? .pending : .notApplicable }
    case .skipItem:
        guard state.requireLiveVisit() != nil, let item = state.openCase?.selectedItem else { return [] }
        state.modal = .skipReason(itemID: item.id, editor: LineEditor())
    case .undo:
        guard let visit = state.requireLiveVisit() else { return [] }
        guard let sequence = visit.lastUndoableSequence else {
            state.message = StatusMessage(text: state.text(UIText.nothingToUndo), isError: false)
            return []
        }
        return [.append(visitID: visit.id, kind: .undone(sequence: sequence))]
    case .newNote:
        guard state.requireLiveVisit() != nil else { return [] }
        state.noteEditor = LineEditor()
        state.draftSavedText = nil
        state.focus = .notes
    case .newNoteInEditor:
        guard state.requireLiveVisit() != nil else { return [] }
        return [.editNoteExternally]
    case .recordOutcome:
        guard state.requireLiveVisit() != nil else { return [] }
        state.modal = .chooseOutcome(ListState())
    case .endVisit:
        guard state.requireLiveVisit() != nil else { return [] }
        state.modal = .endVisit(selected: 0)
    case .showSummary:
        if case .review(let review)? = state.screens.last { return [.loadSummary(visitID: review.visitID)] }
        guard let visit = state.openCase?.visit else { return [] }
        return [.loadSummary(visitID: visit.id)]
    case .writeSummary:
        guard case .summary(let summary)? = state.screens.last else { return [] }
        return [.writeSummary(visitID: summary.visitID)]
    case .printSummary:
        guard case .summary(let summary)? = state.screens.last else { return [] }
        return state.askForPrinters(visitID: summary.visitID)
    case .printDialog:
        // Only the open print dialog handles these (`handlePrintDialogKey`).
        break
    case .caseHistory, .allHistory:
        let loanCase = state.openCase?.loanCase ?? state.cases.selectedCase
        if action == .caseHistory, loanCase == nil { return [] }
        let caseID = action == .caseHistory ? loanCase?.id : nil
        let title = action == .caseHistory
            ? "\(state.text(UIText.history)) · \(loanCase!.reference) \(loanCase!.debtorName)"
            : state.text(UIText.historyAll)
        state.screens.append(.history(HistoryState(caseID: caseID, title: title)))
        return [.loadHistory(caseID: caseID, query: "")]
    case .openReview:
        guard case .history(let history)? = state.screens.last,
              history.rows.indices.contains(history.list.selected) else { return [] }
        return [.openReview(visitID: history.rows[history.list.selected].id)]
    case .toggleReveal:
        guard var open = state.openCase, let caseID = open.loanCase.id else {
            state.message = StatusMessage(text: state.text(UIText.needCase), isError: false)
            return []
        }
        if state.isReadOnly, !open.revealed {
            // A reveal is only allowed when it can be logged.
            state.message = StatusMessage(text: state.text(UIText.revealNeedsWritableDatabase), isError: true)
            return []
        }
        open.revealed.toggle()
        state.openCase = open
        return [.recordReveal(caseID: caseID, revealed: open.revealed)]
    case .back:
        if case .help? = state.modal {
            state.modal = nil
        } else if !state.screens.isEmpty {
            state.screens.removeLast()
        }
    }
    return []
}

extension AppState {
    /// The open visit if it can be changed; otherwise says why not and returns nil.
    mutating func requireLiveVisit() -> VisitState? {
        if let visit = liveVisit { return visit }
        let reason = openCase?.visit == nil ? UIText.needOpenVisit : UIText.visitReadOnly
        message = StatusMessage(text: text(reason), isError: false)
        return nil
    }

    /// Summary and review documents are text in one language: fetch them again.
    func reloadDocumentsForLanguage() -> [Effect] {
        switch screens.last {
        case .summary(let summary): [.loadSummary(visitID: summary.visitID)]
        case .review(let review): [.openReview(visitID: review.visitID)]
        default: []
        }
    }

    mutating func openStartVisitForm() -> [Effect] {
        guard cases.selectedCase?.id != nil else { return [] }
        if let open = openCase, open.loanCase.id == cases.selectedCase?.id, open.visit?.isEnded == false {
            focus = .checklist
            return []
        }
        modal = .startVisit(StartVisitForm.make(language: language))
        return []
    }

    mutating func moveStage(forward: Bool) -> [Effect] {
        guard let visit = requireLiveVisit(), let playbook = openCase?.playbook else { return [] }
        let target = visit.currentStageIndex(in: playbook) + (forward ? 1 : -1)
        guard playbook.stages.indices.contains(target) else {
            message = StatusMessage(text: text(forward ? UIText.lastStage : UIText.firstStage), isError: false)
            return []
        }
        openCase?.checklist = ListState()
        return [.append(visitID: visit.id, kind: .stageEntered(stageID: playbook.stages[target].id))]
    }

    mutating func markSelectedItem(_ next: (ItemMark) -> ItemMark) -> [Effect] {
        guard let visit = requireLiveVisit(), let item = openCase?.selectedItem else { return [] }
        let current = visit.marks[item.id]?.mark ?? .pending
        return [.append(visitID: visit.id, kind: .itemMarked(itemID: item.id, mark: next(current)))]
    }

    /// Moves in whichever list has the focus: the case list, the checklist, the notes,
    /// or the list or document of the screen on top.
    mutating func move(_ action: DeskAction) -> [Effect] {
        if case .help(let scroll)? = modal {
            modal = .help(scroll: Self.scrolled(scroll, action, page: max(1, size.height - 6)))
            return []
        }
        switch screens.last {
        case .history(var history):
            history.list.apply(action, count: history.rows.count, height: max(1, layout.body.height - 3))
            screens[screens.count - 1] = .history(history)
        case .review(var review):
            review.scroll = min(Self.scrolled(review.scroll, action, page: layout.body.height - 2), max(0, review.lines.count - 1))
            screens[screens.count - 1] = .review(review)
        case .summary(var summary):
            let lineCount = SummaryScreen.lines(summary, paneWidth: layout.body.width).count
            summary.scroll = min(Self.scrolled(summary.scroll, action, page: layout.body.height - 2), max(0, lineCount - 1))
            screens[screens.count - 1] = .summary(summary)
        case nil:
            switch focus {
            case .cases:
                cases.list.apply(action, count: cases.count, height: caseListHeight)
                return caseWindowEffects()
            case .checklist:
                guard var open = openCase else { return [] }
                open.checklist.apply(action, count: open.currentStage?.items.count ?? 0, height: DeskLayout.innerHeight(layout.checklist))
                openCase = open
            case .notes:
                guard var open = openCase else { return [] }
                let lineCount = open.visit.map { NotesPane.lines($0, width: layout.notes.width - 2, clock: clock).count } ?? 0
                let back = Self.scrolled(open.notesScrollBack, action.reversedScroll, page: DeskLayout.innerHeight(layout.notes))
                open.notesScrollBack = min(back, max(0, lineCount - DeskLayout.innerHeight(layout.notes)))
                openCase = open
            case .stage:
                break
            }
        }
        return []
    }

    /// A scroll offset moved by a list action; the renderer clamps it to the content.
    static func scrolled(_ offset: Int, _ action: DeskAction, page: Int) -> Int {
        switch action {
        case .moveDown: offset + 1
        case .moveUp: max(0, offset - 1)
        case .top: 0
        case .bottom: Int.max / 2
        case .pageDown: offset + max(1, page)
        case .pageUp: max(0, offset - max(1, page))
        default: offset
        }
    }
}

extension ListState {
    /// Applies a movement action to a list of `count` rows shown `height` at a time.
    mutating func apply(_ action: DeskAction, count: Int, height: Int) {
        switch action {
        case .moveDown: move(by: 1, count: count)
        case .moveUp: move(by: -1, count: count)
        case .top: toTop()
        case .bottom: toBottom(count: count)
        case .pageDown: move(by: height, count: count)
        case .pageUp: move(by: -height, count: count)
        default: break
        }
        scrollToSelection(height: height)
    }
}
