import Foundation
import GRDB

extension VisitStore {
    /// Limits how long one of this store's writes waits while another program holds the
    /// write lock (an import, say) before failing as busy. The default (5 s) suits
    /// commands; an interactive program sets it short so that it keeps answering keys.
    public func limitWriteWait(to seconds: TimeInterval) throws(StoreError) {
        let milliseconds = max(0, Int(seconds * 1000))
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)") }
        } catch {
            throw StoreError(error)
        }
    }
}

extension StoreError {
    /// True when the write failed only because another connection held the database
    /// (SQLite's "database is locked"): nothing was written and trying again may work.
    public var isBusy: Bool {
        guard case .database(let message) = self else { return false }
        return message.contains("database is locked") || message.contains("database is busy")
    }
}
