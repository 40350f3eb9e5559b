import GRDB

extension VisitStore {
    /// Adds cases, all or nothing. Returns them with their ids.
    @discardableResult
    public func insertCases(_ cases: [LoanCase]) throws(StoreError) -> [LoanCase] {
        var seen = Set<String>()
        for loanCase in cases {
            guard seen.insert(loanCase.reference).inserted else { throw .duplicateReference(loanCase.reference) }
            guard !loanCase.reference.trimmingWhitespace().isEmpty else {
                throw .invalidCase(reference: "(blank)", reason: "the reference is empty")
            }
            guard (0...DomainLimits.maximumDaysOverdue).contains(loanCase.daysOverdue) else {
                throw .invalidCase(reference: loanCase.reference,
                                   reason: "days overdue must be 0 to \(DomainLimits.maximumDaysOverdue), not \(loanCase.daysOverdue)")
            }
            guard DomainLimits.contains(loanCase.outstanding) else {
                throw .invalidCase(reference: loanCase.reference,
                                   reason: "the outstanding amount must be ¥0.00 to \(DomainLimits.maximumAmount.formatted)")
            }
        }
        return try write { db in try VisitStore.insert(cases, db: db) }
    }

    /// How many cases match `query` (all when nil or empty).
    public func caseCount(matching query: String?) throws(StoreError) -> Int {
        try read { db in
            if let search = CaseSearch(query) {
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(search.sql))", arguments: search.arguments) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loanCase") ?? 0
        }
    }

    /// A page of the cases matching `query`, most days overdue first, then by id.
    public func cases(matching query: String?, offset: Int = 0, limit: Int) throws(StoreError) -> [LoanCase] {
        try read { db in
            let (filter, arguments) = VisitStore.filter(query)
            return try CaseRecord.fetchAll(db, sql: """
                SELECT * FROM loanCase WHERE \(filter) ORDER BY daysOverdue DESC, id LIMIT ? OFFSET ?
                """, arguments: arguments + [limit, offset]).map(\.loanCase)
        }
    }

    /// The case with `id`, if any.
    public func loanCase(id: Int64) throws(StoreError) -> LoanCase? {
        try read { db in try CaseRecord.fetchOne(db, key: id)?.loanCase }
    }

    /// The case with this loan or account number, if any.
    public func loanCase(reference: String) throws(StoreError) -> LoanCase? {
        try read { db in
            try CaseRecord.fetchOne(db, sql: "SELECT * FROM loanCase WHERE reference = ?", arguments: [reference])?.loanCase
        }
    }

    static func filter(_ query: String?) -> (sql: String, arguments: StatementArguments) {
        guard let search = CaseSearch(query) else { return ("1", []) }
        return ("id IN (\(search.sql))", search.arguments)
    }
}
