import Foundation
import TUI
import VisitDesk

/// The desk's update: the new state for one event, and the work for the runner. Pure apart
/// from the environment's clock and ids; the runner carries out the effects it returns.
func update(_ state: inout DeskState, _ event: DeskEvent, _ env: DeskEnvironment) -> [Effect] {
    switch event {
    case .key(let key):
        return state.handleKey(key, env)
    case .tick(let now):
        state.now = now
        if state.visitPanel.session?.today != nil { state.visitPanel.session?.today = CalendarDay(now, in: state.clock.timeZone) }
        state.visitPanel.refreshWarnings(state.context(of: .stage))
        var effects: [Effect] = [.checkForChanges]
        if state.sync?.isDue(at: now) == true {
            state.sync?.started(at: now)
            effects.append(.syncInBackground)
        }
        if let draft = state.notes.unsavedDraft(visitID: state.session?.visit?.id) { effects.append(draft) }
        return effects
    case .resized(let size):
        state.size = size
        return state.caseList.resized(height: max(1, state.context(of: .cases).innerHeight))
    case .casesLoaded(let count, let offset, let rows):
        state.caseList.loaded(count: count, offset: offset, rows: rows, height: max(1, state.context(of: .cases).innerHeight))
        return []
    case .caseOpened(let loanCase, let visit, let draft):
        let typingInVisit = state.notes.editor == nil ? nil : state.session?.liveVisit?.id
        state.showCase(loanCase, visit: visit, draft: draft)
        return state.keepNoteOfVisitEndedElsewhere(typingInVisit)
    case .visitStarted(let loanCase, let visit):
        if state.dialogs.last is StartVisitDialog { state.dialogs.removeLast() }
        state.showCase(loanCase, visit: visit, draft: nil)
        state.message = .info(state.text(UIText.visitStarted))
        return state.caseList.standingChanged(height: max(1, state.context(of: .cases).innerHeight))
    case .written(let write, let visit):
        state.visitChanged(visit)
        // Every change of the record says what it did, in the language shown.
        state.message = .info(write.announcement(visit, playbook: state.session?.playbook, language: state.language))
        // A visit that ends is synced at the next tick (or after the sync running now).
        if case .ended = write.kind { state.sync?.lastStarted = nil }
        let listRows = write.kind.changesCaseStanding ? state.caseList.standingChanged(height: max(1, state.context(of: .cases).innerHeight)) : []
        return state.closeWhatAskedFor(write) + listRows
    case .caseRecordsLoaded(let caseID, let records, let obligations, let nextAction):
        state.caseRecordsLoaded(caseID: caseID, records, obligations, nextAction: nextAction)
        return []
    case .conflictsLoaded(let caseID, let conflicts):
        if state.visitPanel.session?.loanCase.id == caseID { state.visitPanel.session?.conflicts = conflicts }
        return []
    case .caseFileLoaded(let file):
        guard state.dialogs.isEmpty else { return [] }
        state.dialogs.append(CaseRecordChoiceDialog(file: file))
        return []
    case .caseWritten(let write):
        if state.dialogs.last is CaseRecordFormDialog { state.dialogs.removeLast() }
        state.message = .info(CaseEventText.announcement(write.kind, language: state.language, clock: state.clock))
        var effects = state.caseList.standingChanged(height: max(1, state.context(of: .cases).innerHeight))
        if let session = state.session, session.loanCase.id == write.caseID {
            effects.append(.refreshCase(id: write.caseID, visitID: session.visit?.id))
        }
        return effects
    case .evidenceKept(let attachment, let visit, _):
        if state.dialogs.last is AttachDialog { state.dialogs.removeLast() }
        if let visit { state.visitChanged(visit) }
        state.message = .info(SafeText.neutralised(AttachmentText.kept(attachment, language: state.language)))
        return []
    case .evidenceRefused(let reason):
        guard var dialog = state.dialogs.last as? AttachDialog else {
            state.message = .error(reason)
            return []
        }
        dialog.refused(reason)
        state.dialogs[state.dialogs.count - 1] = dialog
        return []
    case .revealRecorded(let caseID, let revealed):
        state.visitPanel.revealRecorded(caseID: caseID, revealed: revealed)
        state.message = .info(state.text(revealed ? UIText.personalDataShown : UIText.personalDataHidden))
        return []
    case .endedVisitDraftFound(let caseID, let visitID, let text):
        guard state.session?.loanCase.id == caseID, state.notes.editor == nil else { return [] }
        state.message = .info("\(state.text(UIText.keptNoteOfEndedVisit)) \(visitID): \(text)")
        return []
    case .formDraftFound(let caseID, let encoded):
        return state.offerKeptForm(caseID: caseID, encoded: encoded)
    case .visitChanged(let visit):
        state.visitChanged(visit)
        return []
    case .historyLoaded(let rows):
        guard var history = state.screens.last as? HistoryScreen else { return [] }
        history.rowsLoaded(rows)
        state.screens[state.screens.count - 1] = history
        return []
    case .historyRecordsLoaded(let caseID, let events):
        guard var history = state.screens.last as? HistoryScreen, history.caseID == caseID else { return [] }
        history.recordsLoaded(events)
        state.screens[state.screens.count - 1] = history
        return []
    case .worklistLoaded(let worklist):
        guard var screen = state.screens.last as? WorklistScreen else { return [] }
        screen.loaded(worklist)
        state.screens[state.screens.count - 1] = screen
        return []
    case .worklistFailed(let day, let reason):
        guard var screen = state.screens.last as? WorklistScreen, screen.day == day else {
            state.message = .error(reason)
            return []
        }
        screen.failed(reason)
        state.screens[state.screens.count - 1] = screen
        return []
    case .dayReportFailed(let day, let reason):
        guard var screen = state.screens.last as? DayReportScreen, screen.day == day else {
            state.message = .error(reason)
            return []
        }
        screen.failed(reason)
        state.screens[state.screens.count - 1] = screen
        return []
    case .dayReportLoaded(let report):
        guard var screen = state.screens.last as? DayReportScreen else { return [] }
        screen.loaded(report, width: state.layout.body.width, language: state.language)
        state.screens[state.screens.count - 1] = screen
        return []
    case .reviewLoaded(let visitID, let heading, let lines):
        if let shown = state.screens.last as? ReviewScreen, shown.visitID == visitID { state.screens.removeLast() }
        state.screens.append(ReviewScreen(visitID: visitID, heading: heading, lines: lines))
        return []
    case .summaryLoaded(let summary):
        if state.screens.last is SummaryScreen { state.screens.removeLast() }
        state.screens.append(SummaryScreen(summary: summary, width: state.layout.body.width))
        return []
    case .noteFromEditor(let text):
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let visit = state.session?.visit else { return [] }
        guard !trimmed.isEmpty else {
            state.message = .info(state.text(UIText.emptyNote))
            return []
        }
        return [.write(StoreWrite(visitID: visit.id, kind: Notes.note(trimmed, in: visit, env), known: visit))]
    case .draftSaved(let text):
        state.notes.draftSavedText = text
        return []
    case .externalChange:
        var effects = state.caseList.windowEffects(height: max(1, state.context(of: .cases).innerHeight), force: true)
        if let session = state.session, let id = session.loanCase.id { effects.append(.refreshCase(id: id, visitID: session.visit?.id)) }
        return effects
    case .syncStatusRead(let status):
        state.sync?.status = status
        return []
    case .syncFinished:
        state.sync?.isRunning = false
        // What the sync brought shows at once, not at the next tick.
        return [.checkForChanges]
    case .printersFound(let visitID, let printers):
        guard let summary = state.screens.last as? SummaryScreen, summary.summary.visitID == visitID, state.dialogs.isEmpty else { return [] }
        state.message = nil
        state.dialogs.append(PrintDialog(summary: summary.summary, printers: printers))
        return []
    case .printFinished(let result):
        state.isPrinting = false
        switch result {
        case .success(let job): state.message = .info(job.message(state.language))
        case .failure(let error): state.message = .error(error.message(state.language))
        }
        return []
    case .info(let text):
        state.message = .info(text)
        return []
    case .failed(let text):
        state.message = .error(text)
        return []
    case .terminate:
        state.shouldQuit = true
        return state.keepEverythingTyped()
    }
}

extension DeskState {
    /// Shows a case on the right, keeping what the user had open if it is the same case (a
    /// refresh after another process changed it); a draft note of its open visit comes back
    /// in the note line.
    mutating func showCase(_ loanCase: LoanCase, visit: VisitState?, draft: String?) {
        let previous = session
        let sameCase = previous?.loanCase.id == loanCase.id
        visitPanel.show(loanCase, visit: visit, context(of: .stage))
        if sameCase, let previous {
            // Until the store's fresh records arrive, the case keeps those it had.
            caseRecordsLoaded(caseID: previous.loanCase.id ?? 0, previous.records, previous.obligations, nextAction: previous.nextAction)
        }
        checklist.follow(session)
        if visit != nil, previous?.visit?.id != visit?.id { focus = .checklist }
        guard !sameCase else { return }
        notes = Notes()
        if let draft, !draft.isEmpty, visit.map({ !$0.isEnded }) == true {
            notes.restore(draft: draft)
            focus = .notes
            message = .info(text(UIText.draftRestored))
        }
    }

    /// The records, obligations and next action of the case shown, as the store has them.
    mutating func caseRecordsLoaded(caseID: Int64, _ records: CaseRecords, _ obligations: [Obligation], nextAction: NextAction?) {
        if var start = dialogs.last as? StartVisitDialog, start.caseID == caseID {
            start.fill(from: records, today: CalendarDay(now, in: clock.timeZone))
            dialogs[dialogs.count - 1] = start
        }
        guard visitPanel.session?.loanCase.id == caseID else { return }
        visitPanel.session?.records = records
        visitPanel.session?.obligations = obligations
        visitPanel.session?.nextAction = nextAction
        visitPanel.session?.today = CalendarDay(now, in: clock.timeZone)
        visitPanel.session?.timeZone = clock.timeZone
    }

    /// The visit as the store now has it.
    mutating func visitChanged(_ visit: VisitState) {
        visitPanel.visitChanged(visit, context(of: .stage))
        checklist.follow(session)
    }
}
