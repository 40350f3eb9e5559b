/// How the case list is sorted; `S` in the desk cycles through them in this order.
public enum CaseOrder: String, Codable, Sendable, CaseIterable {
    /// Most days overdue first (the default).
    case overdueDays
    /// Largest outstanding amount first.
    case amount
    /// Soonest next action first (see `LoanCase` next action in `CaseStanding`); cases without one last.
    case nextAction
    /// By loan reference, A to Z.
    case reference

    /// The order after this one, wrapping round.
    public var next: CaseOrder {
        let all = CaseOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The SQL `ORDER BY` terms; each has an index of the same shape, so a page is read in order.
    var sql: String {
        switch self {
        case .overdueDays: "daysOverdue DESC, id"
        case .amount: "outstandingFen DESC, id"
        case .nextAction: "nextAction IS NULL, nextAction, id"
        case .reference: "reference"
        }
    }
}
