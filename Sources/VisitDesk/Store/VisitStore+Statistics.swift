import GRDB

extension VisitStore {
    /// Counts of cases, visits and events.
    public func statistics() throws(StoreError) -> StoreStatistics {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM loanCase), (SELECT COUNT(*) FROM visit),
                       (SELECT COUNT(*) FROM visit WHERE endedAt IS NULL), (SELECT COALESCE(SUM(eventCount), 0) FROM visit)
                """)!
            return StoreStatistics(caseCount: row[0], visitCount: row[1], openVisitCount: row[2], eventCount: row[3])
        }
    }
}
