import Foundation
import GRDB

/// Reads a case's events from their rows: its own chain, and other devices' records of it
/// pulled by sync (`remoteCaseEvent`).
struct CaseEventReader {
    let db: Database
    /// This desk's device id, which names its own appointments when another device cancels them.
    var ownDevice: String?
    let decoder = JSONDecoder()

    init(db: Database, ownDevice: String? = nil) {
        self.db = db
        self.ownDevice = ownDevice
    }

    func events(caseID: Int64) throws -> [CaseEvent] {
        let rows = try CaseEventRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM caseEvent WHERE caseID = ? ORDER BY sequence"),
                                                arguments: [caseID])
        return try rows.map { record throws in try CaseEventChain.decode(record, decoder: decoder) }
    }

    /// Other devices' records of the case, named as this desk names them, by device and sequence;
    /// only those of `kinds` when given. A hand mark of an obligation of a visit this desk does
    /// not hold is left out.
    func remoteEvents(caseID: Int64, kinds: [String]? = nil) throws -> [AuthoredCaseEvent] {
        // Migrations before `v7-team-case-records` rebuild obligations too.
        guard try db.tableExists("remoteCaseEvent") else { return [] }
        let filter = kinds.map { " AND kind IN (\($0.map { "'\($0)'" }.joined(separator: ", ")))" } ?? ""
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT device, sequence, kind, at, payload, hash, operatorName FROM remoteCaseEvent
            WHERE caseID = ?\(filter) ORDER BY device, sequence
            """), arguments: [caseID])
        let names = RemoteCaseNames(db: db, ownDevice: ownDevice)
        return try rows.compactMap { row throws -> AuthoredCaseEvent? in
            let device: String = row[0]
            var event = try CaseEventChain.decode(CaseEventRecord(caseID: caseID, sequence: row[1], kind: row[2], at: row[3],
                                                                  payload: row[4], hash: row[5]), decoder: decoder)
            guard let kind = try names.localized(event.kind, device: device) else { return nil }
            event.kind = kind
            return AuthoredCaseEvent(event: event, author: EventAuthor(operatorName: row[6], device: device))
        }
    }

    /// The case's records: its own events folded with other devices' records of it.
    func records(caseID: Int64) throws -> CaseRecords {
        CaseRecords.fold(try events(caseID: caseID), others: try remoteEvents(caseID: caseID))
    }
}
