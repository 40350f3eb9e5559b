import VisitDesk

/// A file to keep as evidence, and what it is for: the shown visit (open or ended) or, with no
/// visit shown, the case's own records.
struct EvidenceRequest: Hashable, Sendable {
    enum Target: Hashable, Sendable {
        /// The visit as the desk shows it; the store folds the new event onto it.
        case visit(VisitState)
        case loanCase(caseID: Int64)
    }

    /// The path as typed (a leading `~/` is the user's home, expanded by the runner).
    var path: String
    var caption: String
    var target: Target
}
