import GRDB

extension VisitStore {
    /// Writes the demo cases and their past visits in one transaction. Returns false, writing
    /// nothing, when the database already holds a demo case.
    @discardableResult
    public func insertDemoData() throws(StoreError) -> Bool {
        try write { db in
            let references = DemoData.cases.map(\.reference)
            let present = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loanCase WHERE reference IN (\(databaseQuestionMarks(count: references.count)))",
                                           arguments: StatementArguments(references)) ?? 0
            guard present == 0 else { return false }
            let stored = try VisitStore.insert(DemoData.cases, db: db)
            let ids = Dictionary(uniqueKeysWithValues: stored.map { ($0.reference, $0.id!) })
            try VisitStore.importVisits(DemoData.visits.compactMap { visit in ids[visit.caseReference].map(visit.script(caseID:)) }, db: db)
            return true
        }
    }
}
