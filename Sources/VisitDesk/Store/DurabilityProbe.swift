import Foundation
import GRDB

/// The benchmark's baseline for `append`: how long a plain single-row insert takes, committed
/// with the store's own settings (WAL, `synchronous=FULL`) on the same file system.
public enum DurabilityProbe {
    /// Times `count` single-row autocommit inserts of a `payloadBytes`-long text into a fresh
    /// database at `path`, which is removed afterwards.
    public static func plainInsertDurations(path: String, count: Int, payloadBytes: Int = 200) throws(StoreError) -> [Duration] {
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: VisitStore.configuration())
            try VisitStore.tune(pool)
            try pool.write { db in try db.execute(sql: "CREATE TABLE probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)") }
            let payload = String(repeating: "x", count: payloadBytes)
            let clock = ContinuousClock()
            return try (0..<count).map { _ in
                try clock.measure {
                    try pool.writeWithoutTransaction { db in
                        try db.cachedStatement(sql: "INSERT INTO probe (payload) VALUES (?)").execute(arguments: [payload])
                    }
                }
            }
        } catch {
            throw StoreError(error)
        }
    }
}
