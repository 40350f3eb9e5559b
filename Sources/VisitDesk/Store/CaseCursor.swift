/// Where a page of the case list ends: pass it to `casesPage(matching:after:limit:)` for the next.
public struct CaseCursor: Hashable, Sendable {
    public var daysOverdue: Int
    public var id: Int64

    public init(daysOverdue: Int, id: Int64) {
        self.daysOverdue = daysOverdue
        self.id = id
    }
}

extension LoanCase {
    /// The cursor just after this case in the list ordered by days overdue (most first), then id.
    public var cursor: CaseCursor? {
        id.map { CaseCursor(daysOverdue: daysOverdue, id: $0) }
    }
}
