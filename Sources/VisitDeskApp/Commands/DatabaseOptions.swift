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

    /// Opens (creating if needed) the database.
    func open() throws(StoreError) -> VisitStore {
        try VisitStore(path: path)
    }
}
