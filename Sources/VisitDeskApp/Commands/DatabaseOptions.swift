import ArgumentParser
import Foundation
import VisitDesk

/// `--db PATH`, shared by every command that reads or writes the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $VISITDESK_DB, else $XDG_DATA_HOME/visitdesk/visitdesk.sqlite).",
        valueName: "path"))
    var db: String?

    /// The database file this run uses.
    var path: String { db ?? VisitStore.defaultPath() }

    /// Opens the database, creating it when there is none: only `init`, `demo` and `import` do.
    func openCreating() throws -> VisitStore {
        try Self.open(path: path, opening: .createIfMissing, config: VisitDeskConfig.load())
    }

    /// Opens a database that exists ("no database at PATH" otherwise); says on stderr when it
    /// opened read-only because this user cannot write it.
    func openExisting() throws -> VisitStore {
        let store = try Self.open(path: path, opening: .existing, config: VisitDeskConfig.load())
        if store.isReadOnly {
            CommandOutput.error("visitdesk: \(path) cannot be written by this user; opened read-only for review")
        }
        return store
    }

    /// The one place commands and the desk open a store: with the settings of `config.toml`
    /// that the store applies itself (the grace days of the payment rule), and this machine's
    /// device identity when it has one, so every write is stamped and signed.
    static func open(path: String, opening: StoreOpening, config: VisitDeskConfig,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> VisitStore {
        let device = try DeviceIdentityFiles(environment: environment).load()
        return try VisitStore(path: path, opening: opening, paymentRule: config.paymentRule, device: device)
    }
}
