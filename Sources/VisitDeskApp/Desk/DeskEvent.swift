import Foundation
import TUI
import VisitDesk

/// Everything that can change the desk: a key, the clock, the terminal, and the results of
/// effects the runner carried out.
enum DeskEvent {
    case key(Key)
    case tick(Date)
    case resized(Size)
    /// `count` is nil when only the rows were fetched (scrolling within the same list).
    case casesLoaded(count: CaseCount?, offset: Int, rows: [CaseListRow])
    case caseOpened(LoanCase, visit: VisitState?, draft: String?)
    case visitChanged(VisitState)
    /// A visit this desk started: the start-visit form closes.
    case visitStarted(LoanCase, VisitState)
    /// An event this desk asked for is in the store, with the visit as the store folded it.
    case written(StoreWrite, VisitState)
    /// The case's records, obligations and next action in effect as the store has them (after
    /// its case was opened or refreshed, or a file was attached to it).
    case caseRecordsLoaded(caseID: Int64, CaseRecords, [Obligation], nextAction: NextAction?)
    /// The days the case was visited from more than one device, as the store has them.
    case conflictsLoaded(caseID: Int64, [SyncConflict])
    /// The case read for `c`: the choice of what to record on it opens.
    case caseFileLoaded(CaseFile)
    /// A case event this desk asked for is in the store.
    case caseWritten(CaseWrite)
    /// A file is in the evidence folder and recorded: on `visit` (as the store folded it), or on the case.
    case evidenceKept(Attachment, visit: VisitState?, caseID: Int64)
    /// The file could not be kept (no such file, a folder, unreadable, too large): why, for the attach dialog.
    case evidenceRefused(String)
    /// The store has logged that personal data of the case was shown in full, or hidden again.
    case revealRecorded(caseID: Int64, revealed: Bool)
    /// A note kept as the draft of an ended visit of this case (ended elsewhere while it was typed).
    case endedVisitDraftFound(caseID: Int64, visitID: Int64, text: String)
    /// A dialog kept for this case when the desk was last ended by a signal.
    case formDraftFound(caseID: Int64, String)
    case historyLoaded([VisitListRow])
    /// The case's own events, for the history of one case.
    case historyRecordsLoaded(caseID: Int64, [AuthoredCaseEvent])
    case worklistLoaded(Worklist)
    /// The worklist of `day` could not be read: why, shown in its place.
    case worklistFailed(day: CalendarDay, String)
    case dayReportLoaded(DayReport)
    /// The report of `day` could not be read: why, shown in its place.
    case dayReportFailed(day: CalendarDay, String)
    case reviewLoaded(visitID: Int64, heading: String, lines: [String])
    case summaryLoaded(SummaryDocument)
    case noteFromEditor(String)
    /// The draft text now safely in the store.
    case draftSaved(String)
    case externalChange
    /// The store's sync state, read on the once-a-second check.
    case syncStatusRead(SyncStatus)
    /// A background sync finished (how it went is in the store).
    case syncFinished
    /// CUPS's queues, for the print dialog of the summary of `visitID`.
    case printersFound(visitID: Int64, PrinterList)
    /// A print request finished in the background: the job CUPS took, or why not.
    case printFinished(Result<PrintJob, PrintError>)
    case info(String)
    case failed(String)
    /// A signal (SIGTERM, SIGHUP, SIGQUIT, SIGINT) asked the desk to end: keep what is typed, then quit.
    case terminate(signal: Int32)
}
