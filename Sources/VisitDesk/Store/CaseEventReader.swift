import Foundation
import GRDB

/// Reads a case's events from their rows.
struct CaseEventReader {
    let db: Database
    let decoder = JSONDecoder()

    func events(caseID: Int64) throws -> [CaseEvent] {
        let rows = try CaseEventRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM caseEvent WHERE caseID = ? ORDER BY sequence"),
                                                arguments: [caseID])
        return try rows.map { record throws in try CaseEventChain.decode(record, decoder: decoder) }
    }

    func records(caseID: Int64) throws -> CaseRecords {
        CaseRecords.fold(try events(caseID: caseID))
    }
}
