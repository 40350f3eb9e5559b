import Foundation
import GRDB

/// Where this desk stands with the team's server, as the title line shows it.
public struct SyncStatus: Hashable, Sendable {
    /// The last sync that finished without an error.
    public var lastSyncAt: Date?
    /// The last sync tried, whatever came of it.
    public var lastAttemptAt: Date?
    /// Why the last try failed (nil when it succeeded); already safe to show.
    public var lastError: String?
    /// Events of this device, on cases the server holds, that it has not acknowledged yet.
    public var pendingEvents: Int
}

extension VisitStore {
    public func syncStatus() throws(StoreError) -> SyncStatus {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT lastSyncAt, lastAttemptAt, lastError FROM teamState WHERE id = 1")
            // Only cases the server holds travel: visits and records of a case imported here stay on the desk.
            let visits = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(visit.eventCount - visit.pushedCount), 0) FROM visit JOIN loanCase ON loanCase.id = visit.caseID
                WHERE NOT visit.remote AND loanCase.serverVersion IS NOT NULL
                """) ?? 0
            let records = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(eventCount - pushedCount), 0) FROM loanCase WHERE serverVersion IS NOT NULL
                """) ?? 0
            return SyncStatus(lastSyncAt: row?[0], lastAttemptAt: row?[1], lastError: row?[2], pendingEvents: visits + records)
        }
    }

    /// Records a sync that was tried at `date`: successful when `error` is nil.
    public func recordSyncAttempt(at date: Date, error: String?) throws(StoreError) {
        try write { db in
            if let error {
                try db.execute(sql: "UPDATE teamState SET lastAttemptAt = ?, lastError = ? WHERE id = 1",
                               arguments: [date, SafeText.neutralised(error)])
            } else {
                try db.execute(sql: "UPDATE teamState SET lastAttemptAt = ?, lastSyncAt = ?, lastError = NULL WHERE id = 1",
                               arguments: [date, date])
            }
        }
    }
}
