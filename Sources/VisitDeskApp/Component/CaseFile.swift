import VisitDesk

/// A case with its records outside its visits and its obligations, as read together from the
/// store: what the case-record dialogs choose from (the appointment to change, the obligation to mark).
struct CaseFile: Hashable {
    var loanCase: LoanCase
    var records: CaseRecords
    var obligations: [Obligation]

    var caseID: Int64 { loanCase.id ?? 0 }
}
