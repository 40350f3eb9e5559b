import Foundation
import GRDB

extension VisitStore {
    /// This device's streams with events the team's server has not acknowledged: its own visits
    /// (not remote) and its records of cases, each of a case pulled from the server. Visits and
    /// records of cases the server never sent (imported here, or the demo) stay on this desk:
    /// `localOnlyStreamCount` counts them.
    public func pendingStreams() throws(StoreError) -> [SyncStream] {
        guard let device else { return [] }
        return try read { db in
            let visits = try Row.fetchAll(db, sql: """
                SELECT v.id, v.uid, coalesce(v.originID, v.id), v.startedAt, c.reference, coalesce(v.device, ?), v.pushedCount, v.eventCount
                FROM visit v JOIN loanCase c ON c.id = v.caseID
                WHERE NOT v.remote AND v.eventCount > v.pushedCount AND c.serverVersion IS NOT NULL ORDER BY v.id
                """, arguments: [device.deviceID]).map { row in
                SyncStream(origin: .visit(localID: row[0], uid: row[1], originID: row[2], startedAt: row[3]), caseReference: row[4],
                           device: row[5], pushedCount: row[6], eventCount: row[7])
            }
            let records = try Row.fetchAll(db, sql: """
                SELECT id, reference, pushedCount, eventCount FROM loanCase
                WHERE eventCount > pushedCount AND serverVersion IS NOT NULL ORDER BY id
                """).map { row in
                SyncStream(origin: .caseRecords(caseID: row[0]), caseReference: row[1], device: device.deviceID,
                           pushedCount: row[2], eventCount: row[3])
            }
            return visits + records
        }
    }

    /// How many of this device's visits and case records have events that cannot travel: their
    /// case was never pulled from the team's server.
    public func localOnlyStreamCount() throws(StoreError) -> Int {
        try read { db in
            let visits = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM visit v JOIN loanCase c ON c.id = v.caseID
                WHERE NOT v.remote AND v.eventCount > v.pushedCount AND c.serverVersion IS NULL
                """) ?? 0
            let records = try Int.fetchOne(db, sql: "SELECT count(*) FROM loanCase WHERE eventCount > pushedCount AND serverVersion IS NULL") ?? 0
            return visits + records
        }
    }

    /// The events of `stream` from `sequence` on (at most `limit`), as they travel. An event not
    /// signed yet (written before this device had an identity) is signed first by the write
    /// that `signUnsignedEvents` runs; one still unsigned is sent with an empty signature, which
    /// the server refuses, naming it.
    public func signedEvents(of stream: SyncStream, from sequence: Int, limit: Int) throws(StoreError) -> [SignedEvent] {
        try read { db in
            let rows: [Row]
            switch stream.origin {
            case .visit(let localID, _, _, _):
                rows = try Row.fetchAll(db, sql: """
                    SELECT sequence, kind, at, payload, hash, operatorName, device, signature FROM visitEvent
                    WHERE visitID = ? AND sequence >= ? ORDER BY sequence LIMIT ?
                    """, arguments: [localID, sequence, limit])
            case .caseRecords(let caseID):
                rows = try Row.fetchAll(db, sql: """
                    SELECT sequence, kind, at, payload, hash, operatorName, device, signature FROM caseEvent
                    WHERE caseID = ? AND sequence >= ? ORDER BY sequence LIMIT ?
                    """, arguments: [caseID, sequence, limit])
            }
            return rows.map { row in
                SignedEvent(stream: stream.stream, sequence: row[0], kind: row[1], at: row[2], payload: row[3], hash: row[4],
                            operatorName: row[5] ?? "", device: row[6] ?? stream.device, signature: row[7] ?? "")
            }
        }
    }

    /// The hash of event `sequence` of `stream` here; nil when it has fewer events.
    public func eventHash(of stream: SyncStream, sequence: Int) throws(StoreError) -> String? {
        try read { db in
            switch stream.origin {
            case .visit(let localID, _, _, _):
                try String.fetchOne(db, sql: "SELECT hash FROM visitEvent WHERE visitID = ? AND sequence = ?", arguments: [localID, sequence])
            case .caseRecords(let caseID):
                try String.fetchOne(db, sql: "SELECT hash FROM caseEvent WHERE caseID = ? AND sequence = ?", arguments: [caseID, sequence])
            }
        }
    }

    /// Records that the server holds the first `count` events of `stream`. Never lowers what
    /// was acknowledged before, and never claims more than the stream has.
    public func acknowledge(_ stream: SyncStream, through count: Int) throws(StoreError) {
        try acknowledge([(stream: stream, count: count)])
    }

    /// As `acknowledge(_:through:)` for every stream of a pushed batch, in one transaction.
    public func acknowledge(_ counts: [(stream: SyncStream, count: Int)]) throws(StoreError) {
        try write { db in
            for (stream, count) in counts {
                switch stream.origin {
                case .visit(let localID, _, _, _):
                    try db.execute(sql: "UPDATE visit SET pushedCount = max(pushedCount, min(?, eventCount)) WHERE id = ? AND NOT remote",
                                   arguments: [count, localID])
                case .caseRecords(let caseID):
                    try db.execute(sql: "UPDATE loanCase SET pushedCount = max(pushedCount, min(?, eventCount)) WHERE id = ?",
                                   arguments: [count, caseID])
                }
            }
        }
    }
}
