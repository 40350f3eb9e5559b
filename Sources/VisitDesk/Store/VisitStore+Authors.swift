import GRDB

extension VisitStore {
    /// Who recorded each stamped event of the visit, by sequence; events recorded before this
    /// device had an identity are not stamped and are absent.
    public func eventAuthors(visitID: Int64) throws(StoreError) -> [Int: EventAuthor] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT sequence, operatorName, device FROM visitEvent
                WHERE visitID = ? AND operatorName IS NOT NULL AND device IS NOT NULL ORDER BY sequence
                """, arguments: [visitID])
            return Dictionary(rows.map { row -> (Int, EventAuthor) in (row[0], EventAuthor(operatorName: row[1], device: row[2])) },
                              uniquingKeysWith: { first, _ in first })
        }
    }
}
