import GRDB

/// The case row's copy of where its visits left it — the last outcome and the next action
/// (day and kind) — kept beside the case so the list reads and sorts on them with the page of
/// rows. The event writers update it whenever a visit's outcome in effect changes, an
/// appointment is made or a next action is set by hand: the latest of these wins.
enum CaseStanding {
    /// Stores `outcome` (nil: none in effect) as the case's last outcome and next action.
    static func record(_ outcome: Outcome?, caseID: Int64, db: Database) throws {
        try db.cachedStatement(sql: "UPDATE loanCase SET lastOutcome = ?, nextAction = ?, nextActionKind = ? WHERE id = ?")
            .execute(arguments: [outcome?.code.rawValue, outcome?.nextAction?.description,
                                 outcome?.nextAction == nil ? nil : outcome?.nextActionKind.rawValue, caseID])
    }

    static func setNextAction(_ action: NextAction, caseID: Int64, db: Database) throws {
        try db.cachedStatement(sql: "UPDATE loanCase SET nextAction = ?, nextActionKind = ? WHERE id = ?")
            .execute(arguments: [action.day.description, action.kind.rawValue, caseID])
    }

    /// Fills every case from its latest visit with an outcome, folding that visit's events:
    /// for databases written before the columns existed.
    static func fillAll(db: Database) throws {
        let latest = try Row.fetchAll(db, sql: """
            SELECT v.* FROM visit v
            WHERE v.outcomeCode IS NOT NULL AND v.id = (
                SELECT id FROM visit WHERE caseID = v.caseID AND outcomeCode IS NOT NULL
                ORDER BY startedAt DESC, id DESC LIMIT 1)
            """)
        let writer = EventWriter(db: db)
        for row in latest {
            let visit = try VisitRecord(row: row)
            // A visit whose events no longer fold is left to `verify` to report; its case shows no outcome.
            let outcome = (try? writer.fold(visit))?.outcome?.outcome
            try record(outcome, caseID: visit.caseID, db: db)
        }
    }
}
