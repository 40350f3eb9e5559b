import ArgumentParser
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
    func openCreating() throws(StoreError) -> VisitStore {
        try VisitStore(path: path, opening: .createIfMissing)
    }

    /// Opens a database that exists ("no database at PATH" otherwise); says on stderr when it
    /// opened read-only because this user cannot write it.
    func openExisting() throws(StoreError) -> VisitStore {
        let store = try VisitStore(path: path, opening: .existing)
        if store.isReadOnly {
            CommandOutput.error("visitdesk: \(path) cannot be written by this user; opened read-only for review")
        }
        return store
    }
}
