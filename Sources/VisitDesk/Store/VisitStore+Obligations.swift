import Foundation
import GRDB

extension VisitStore {
    /// The obligations `query` asks for, in due order, each with its case's reference and its
    /// state on `query.day`. An index read: by due day (`obligation_byDue`) when `dueBefore` is
    /// given, by case (`obligation_byCase`) when `caseID` is.
    public func obligations(_ query: ObligationQuery) throws(StoreError) -> [ObligationListRow] {
        try read { db in
            let (sql, arguments) = Self.obligationsSQL(query)
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let obligation = Obligation(row: row)
                return ObligationListRow(obligation: obligation, caseReference: String.fromDatabaseValue(row["caseReference"]) ?? "",
                                         state: String.fromDatabaseValue(row["effectiveState"]).flatMap(ObligationState.init(rawValue:))
                                            ?? obligation.state(on: query.day))
            }
        }
    }

    /// The obligation with this id (`V12-1`), if any.
    public func obligation(id: String) throws(StoreError) -> Obligation? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM obligation WHERE id = ?", arguments: [id]).map(Obligation.init(row:)) }
    }

    /// The obligations visit `visitID` (of case `caseID`) agreed, in their numbering: a plan's
    /// down payment (0) first, then its instalments. An index read by case (`obligation_byCase`).
    public func obligations(visitID: Int64, caseID: Int64) throws(StoreError) -> [Obligation] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM obligation WHERE caseID = ? AND visitID = ? ORDER BY number",
                             arguments: [caseID, visitID]).map(Obligation.init(row:))
        }
    }

    static func obligationsSQL(_ query: ObligationQuery) -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = [query.day.description]
        if let dueBefore = query.dueBefore {
            conditions.append("o.due < ?")
            arguments += [dueBefore.description]
        }
        if let caseID = query.caseID {
            conditions.append("o.caseID = ?")
            arguments += [caseID]
        }
        if let state = query.state {
            conditions.append("effectiveState = ?")
            arguments += [state.rawValue]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return ("""
            SELECT o.*, c.reference AS caseReference, \(effectiveState("o")) AS effectiveState
            FROM obligation o JOIN loanCase c ON c.id = o.caseID
            \(filter)
            ORDER BY o.due, o.id
            """, arguments)
    }

    /// `Obligation.state(on:)` in SQL, of the `obligation` table under `alias`, on the day bound
    /// to the statement's first argument.
    static func effectiveState(_ alias: String) -> String {
        """
        CASE WHEN \(alias).state = 'pending' AND \(alias).graceEnds < ?1 \
        THEN CASE WHEN \(alias).paidFen > 0 THEN 'partlyKept' ELSE 'broken' END ELSE \(alias).state END
        """
    }
}
