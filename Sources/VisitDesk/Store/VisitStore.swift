import Foundation
import GRDB

/// The SQLite database of cases and visits. Every method is one transaction, committed
/// durably (WAL, `synchronous=FULL`) before it returns. Safe to share between threads.
public final class VisitStore: Sendable {
    /// Where the database file is.
    public let path: String
    /// True when this user cannot write the database (another user's file, read-only media):
    /// it is open for review, and every change is refused with `StoreError.readOnly`.
    public let isReadOnly: Bool
    /// How posted payments settle obligations (the grace days come from the configuration).
    public let paymentRule: PaymentRule
    /// This device on the team, when it has an identity: every write stamps and signs its events (`DeviceStamp`).
    public let device: DeviceIdentity?
    let pool: DatabasePool
    /// A connection of its own, so `PRAGMA data_version` sees every other connection's commits.
    private let watcher: DatabaseQueue
    /// The database file and its WAL as opened; a path that names another file since means the
    /// database was deleted or replaced underneath.
    private let openedFiles: [String: FileIdentity]

    /// Opens the database at `path`. With `.createIfMissing` it is created when absent, the
    /// directory made 0700 and the file kept 0600; with `.existing` a missing file is refused.
    /// A database this user cannot write opens read-only; one written by a newer schema is refused.
    public init(path: String, opening: StoreOpening = .createIfMissing, paymentRule: PaymentRule = PaymentRule(),
                device: DeviceIdentity? = nil) throws(StoreError) {
        self.path = path
        self.paymentRule = paymentRule
        self.device = device
        do {
            if opening == .existing, !FileManager.default.fileExists(atPath: path) {
                throw StoreError.noDatabase(path: path)
            }
            try StoreFiles.prepare(databasePath: path)
            isReadOnly = !StoreFiles.isWritable(databasePath: path)
            var configuration = VisitStore.configuration()
            configuration.readonly = isReadOnly
            let location = isReadOnly ? StoreFiles.readOnlyLocation(databasePath: path) : path
            pool = try DatabasePool(path: location, configuration: configuration)
            if isReadOnly {
                try VisitStore.checkSchema(pool, path: path)
            } else {
                try VisitStore.tune(pool)
                try VisitStore.migrate(pool, path: path)
            }
            var watcherConfiguration = Configuration()
            watcherConfiguration.readonly = true
            watcherConfiguration.busyMode = .timeout(5)
            watcher = try DatabaseQueue(path: location, configuration: watcherConfiguration)
            if !isReadOnly { try StoreFiles.restrict(databasePath: path) }
            openedFiles = [path, path + "-wal"].reduce(into: [:]) { files, file in files[file] = FileIdentity(path: file) }
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
        try checkFilesInPlace()
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

    /// Refuses a database written by a newer schema, and one that lacks migrations of this
    /// version when it is open read-only (it cannot be upgraded).
    private static func checkSchema(_ pool: DatabasePool, path: String) throws {
        let migrator = StoreMigrations.migrator
        let (applied, userVersion) = try pool.read { db in
            (try migrator.appliedIdentifiers(db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        if !unknown.isEmpty || userVersion > schemaVersion {
            throw StoreError.newerSchema(path: path, unknownMigrations: unknown.isEmpty ? ["user_version \(userVersion)"] : unknown)
        }
        if applied.count < migrator.migrations.count, pool.configuration.readonly {
            throw StoreError.needsUpgradeButReadOnly(path: path)
        }
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws {
        try checkSchema(pool, path: path)
        try StoreMigrations.migrator.migrate(pool)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
    }

    /// Refuses with `StoreError.fileReplaced` when the database file or its WAL is no longer the
    /// one opened (deleted, or replaced by another file), so nothing is written into a file
    /// without a name. Checked before every write and on every `dataVersion()` poll.
    public func checkFilesInPlace() throws(StoreError) {
        for (file, identity) in openedFiles where FileIdentity(path: file) != identity {
            throw .fileReplaced(path: path)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if isReadOnly { throw .readOnly(path: path) }
        try checkFilesInPlace()
        do {
            return try pool.write { db in
                let result = try body(db)
                if let device { try DeviceStamp(device: device, db: db).stampNewEvents() }
                return result
            }
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
