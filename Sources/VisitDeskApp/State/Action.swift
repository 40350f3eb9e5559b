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
    case historyLoaded([VisitListRow])
    case reviewLoaded(ReviewState)
    case summaryLoaded(SummaryState)
    case noteFromEditor(String)
    /// The draft text now safely in the store.
    case draftSaved(String)
    case externalChange
    case info(String)
    case failed(String)
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
    case recordReveal(caseID: Int64, revealed: Bool)
    case editNoteExternally
    case loadHistory(caseID: Int64?, query: String)
    case openReview(visitID: Int64)
    case loadSummary(visitID: Int64)
    case writeSummary(visitID: Int64)
    case printSummary(visitID: Int64)
    case checkForChanges
    case redraw
}
