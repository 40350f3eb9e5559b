import Foundation
import VisitDesk

/// A case as the team's server holds it: the imported case, to whom it is assigned, and how
/// many visits devices have pushed for it.
public struct ServerCase: Sendable {
    public var loanCase: LoanCase
    /// The badge of the operator it is assigned to; nil while unassigned.
    public var assignedBadge: String?
    public var assignedAt: Date?
    public var visitCount: Int
}
