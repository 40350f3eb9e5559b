import Foundation
import TUI
import VisitDesk

/// Everything that can change the state: a key, the clock, and the results of effects.
enum Action {
    case key(Key)
    case tick(Date)
    case resized(Size)
    /// `count` is nil when only the rows were fetched (scrolling within the same list).
    case casesLoaded(count: Int?, offset: Int, rows: [LoanCase])
    case caseOpened(LoanCase, visit: VisitState?, draft: String?)
    case visitChanged(VisitState)
    /// A visit this desk started: the start-visit form closes.
    case visitStarted(LoanCase, VisitState)
    /// An event this desk asked for is in the store: the form or note that asked for it closes.
    case appended(visitID: Int64, VisitEventKind)
    /// A note kept as the draft of an ended visit of this case (ended elsewhere while it was typed).
    case endedVisitDraftFound(caseID: Int64, visitID: Int64, text: String)
    /// A dialog kept for this case when the desk was last ended by a signal.
    case formDraftFound(caseID: Int64, String)
    case historyLoaded([VisitListRow])
    case reviewLoaded(ReviewState)
    case summaryLoaded(SummaryState)
    case noteFromEditor(String)
    /// The draft text now safely in the store.
    case draftSaved(String)
    case externalChange
    /// CUPS's queues, for the print dialog of the summary of `visitID`.
    case printersFound(visitID: Int64, PrinterList)
    /// A print request finished in the background: the job CUPS took, or why not.
    case printFinished(Result<PrintJob, PrintError>)
    case info(String)
    case failed(String)
    /// A signal (SIGTERM, SIGHUP, SIGQUIT, SIGINT) asked the desk to end: keep what is typed, then quit.
    case terminate(signal: Int32)
}

/// Work `update` asks for; the runner performs it (store writes, files, processes) and
/// feeds the result back as actions. Nothing here happens inside rendering.
enum Effect: Equatable {
    /// Rows `offset..<offset+limit` of the list for `query`; `counting` also recounts the list.
    case loadCases(query: String, offset: Int, limit: Int, counting: Bool)
    case openCase(id: Int64)
    /// Reloads the shown case and the visit shown with it (even once ended), or its open visit.
    case refreshCase(id: Int64, visitID: Int64?)
    case startVisit(caseID: Int64, role: Role, playbookID: String, visitors: [Visitor], location: String)
    case append(visitID: Int64, kind: VisitEventKind)
    case saveDraft(visitID: Int64, text: String)
    case clearDraft(visitID: Int64)
    case saveFormDraft(caseID: Int64, form: String)
    case clearFormDraft(caseID: Int64)
    case recordReveal(caseID: Int64, revealed: Bool)
    case editNoteExternally
    case loadHistory(caseID: Int64?, query: String)
    case openReview(visitID: Int64)
    case loadSummary(visitID: Int64)
    case writeSummary(visitID: Int64)
    /// Asks CUPS for its queues in the background (`printersFound` or `printFinished(.failure)`).
    case findPrinters(visitID: Int64)
    /// Renders the record as a PDF and submits it to CUPS in the background (`printFinished`).
    case submitPrint(visitID: Int64, printer: String, copies: Int)
    case checkForChanges
    case redraw
    /// Ctrl-Z: stop until the shell continues the desk, then draw everything again.
    case suspendProcess
}

extension Effect {
    /// True for the effects that change the store; a busy store means "not saved" only for these.
    var writesToStore: Bool {
        switch self {
        case .startVisit, .append, .saveDraft, .clearDraft, .saveFormDraft, .clearFormDraft, .recordReveal: true
        default: false
        }
    }
}
