import Foundation
import VisitDesk

/// What a component asks for beyond its own state. The first group the desk carries out at
/// once (open a dialog, move the focus, say something); the rest is work for the effect runner
/// (the store, files, processes), whose results come back as `DeskEvent`s. Every effect carries
/// the data it needs: the runner never reads the desk's state.
enum Effect: Equatable {
    // Asks of the desk
    /// Opens a dialog over everything.
    case present(DialogBox)
    /// Closes the dialog that returned it.
    case dismiss
    /// Shows a full screen over the desk.
    case show(ScreenBox)
    /// Leaves the screen that returned it.
    case back
    case focus(DeskPane)
    /// Opens the note line in the notes pane.
    case beginNote
    /// Puts a message on the status line; nil clears it.
    case say(StatusMessage?)
    case quit

    // Work for the runner
    /// Rows `offset..<offset+limit` of the list for `query` in `order`; `counting` also recounts the list.
    case loadCases(query: String, order: CaseOrder, offset: Int, limit: Int, counting: Bool)
    case openCase(id: Int64)
    /// Reloads the shown case and the visit shown with it (even once ended), or its open visit.
    case refreshCase(id: Int64, visitID: Int64?)
    case startVisit(caseID: Int64, role: Role, playbookID: String, visitors: [Visitor], location: String)
    case write(StoreWrite)
    /// Reads the case with its records and obligations, to choose what to record on it (`c`).
    case loadCaseFile(caseID: Int64)
    /// Records a contact attempt, appointment, next action or hand mark on a case.
    case recordOnCase(CaseWrite)
    /// Copies a file into the evidence folder and records it (`evidenceKept`, or `evidenceRefused` for a bad file).
    case attachEvidence(EvidenceRequest)
    case saveDraft(visitID: Int64, text: String)
    case clearDraft(visitID: Int64)
    case saveFormDraft(caseID: Int64, form: String)
    case clearFormDraft(caseID: Int64)
    /// Logs a reveal or hide in the open visit (folded onto `known`, the visit shown) or, without one, the case access log.
    case recordReveal(caseID: Int64, revealed: Bool, known: VisitState?)
    case editNoteExternally(language: Language)
    case loadHistory(caseID: Int64?, query: String)
    /// The worklist of a day (`worklistLoaded`).
    case loadWorklist(day: CalendarDay)
    /// The report of a day, for everyone (`dayReportLoaded`).
    case loadDayReport(day: CalendarDay)
    case openReview(visitID: Int64, language: Language)
    case loadSummary(visitID: Int64, language: Language)
    /// Writes the summary shown as .txt, .md and .pdf files.
    case writeSummary(SummaryDocument)
    /// Asks CUPS for its queues in the background (`printersFound` or `printFinished(.failure)`).
    case findPrinters(visitID: Int64)
    /// Renders the record as a PDF and submits it to CUPS in the background (`printFinished`).
    case submitPrint(PrintableRecord, printer: String, copies: Int)
    case checkForChanges
    /// Syncs with the team's server on a thread of its own (`syncFinished`).
    case syncInBackground
    case redraw
    /// Ctrl-Z: stop until the shell continues the desk, then draw everything again.
    case suspendProcess
}

extension Effect {
    /// True for the effects that change the store; a busy store means "not saved" only for these.
    var writesToStore: Bool {
        switch self {
        case .startVisit, .write, .recordOnCase, .attachEvidence, .saveDraft, .clearDraft, .saveFormDraft, .clearFormDraft, .recordReveal: true
        default: false
        }
    }

    /// True for what the desk carries out itself rather than the runner.
    var isAskOfTheDesk: Bool {
        switch self {
        case .present, .dismiss, .show, .back, .focus, .beginNote, .say, .quit: true
        default: false
        }
    }
}
