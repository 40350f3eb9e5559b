import Foundation
import GRDB

/// The benchmark's baseline for `append`: a plain single-row insert, committed with the
/// store's own settings (WAL, `synchronous=FULL`) into a scratch database on the same file
/// system. Alternate it with appends so both meet the same disk conditions.
public final class DurabilityProbe: Sendable {
    private let pool: DatabasePool
    private let path: String
    private let payload: String

    /// Creates the scratch database at `path`; it is removed when the probe goes away.
    public init(path: String, payloadBytes: Int = 200) throws(StoreError) {
        self.path = path
        payload = String(repeating: "x", count: payloadBytes)
        do {
            pool = try DatabasePool(path: path, configuration: VisitStore.configuration())
            try VisitStore.tune(pool)
            try pool.write { db in try db.execute(sql: "CREATE TABLE probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)") }
        } catch {
            throw StoreError(error)
        }
    }

    deinit {
        try? pool.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// One autocommit insert of one row, durable when it returns.
    public func insert() throws(StoreError) {
        do {
            try pool.writeWithoutTransaction { db in
                try db.cachedStatement(sql: "INSERT INTO probe (payload) VALUES (?)").execute(arguments: [payload])
            }
        } catch {
            throw StoreError(error)
        }
    }
}
