import Foundation
import GRDB

/// The SQLite database of cases and visits. Every method is one transaction, committed
/// durably (WAL, `synchronous=FULL`) before it returns. Safe to share between threads.
public final class VisitStore: Sendable {
    /// Where the database file is.
    public let path: String
    let pool: DatabasePool
    /// A connection of its own, so `PRAGMA data_version` sees every other connection's commits.
    private let watcher: DatabaseQueue

    /// Opens (creating if needed) the database at `path`, with the directory made 0700 when it
    /// is created and the file kept 0600. A database written by a newer schema is refused.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            try StoreFiles.prepare(databasePath: path)
            pool = try DatabasePool(path: path, configuration: VisitStore.configuration())
            try VisitStore.tune(pool)
            try VisitStore.migrate(pool, path: path)
            var watcherConfiguration = Configuration()
            watcherConfiguration.readonly = true
            watcherConfiguration.busyMode = .timeout(5)
            watcher = try DatabaseQueue(path: path, configuration: watcherConfiguration)
            try StoreFiles.restrict(databasePath: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: VisitStore.message(of: error))
        }
    }

    /// The database file used when neither `--db` nor `VISITDESK_DB` says otherwise:
    /// `$XDG_DATA_HOME/visitdesk/visitdesk.sqlite`, or `~/.local/share/visitdesk/visitdesk.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["VISITDESK_DB"], !explicit.isEmpty {
            return explicit
        }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/visitdesk/visitdesk.sqlite"
    }

    /// A number that changes whenever another connection (this process or another) commits.
    /// Cheap enough to poll every second for live refresh.
    public func dataVersion() throws(StoreError) -> Int {
        do {
            return try watcher.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError(error)
        }
    }

    /// How many schema migrations this version knows (also stored as `PRAGMA user_version`).
    public static var schemaVersion: Int { StoreMigrations.migrator.migrations.count }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// Settings GRDB does not take from the configuration: the pool sets `synchronous=NORMAL`
    /// for WAL, but a visit must survive a power cut, so the writer commits with FULL.
    static func tune(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = StoreMigrations.migrator
        let (applied, userVersion) = try pool.read { db in
            (try migrator.appliedIdentifiers(db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty || userVersion > schemaVersion {
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown.isEmpty ? ["user_version \(userVersion)"] : unknown)
        }
        try migrator.migrate(pool)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError(error)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(error)
        }
    }

    static func message(of error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return String(describing: error)
    }
}

extension StoreError {
    init(_ error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else {
            self = .database(VisitStore.message(of: error))
        }
    }
}
