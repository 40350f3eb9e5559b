import Foundation

/// A file a command writes its result to (`export --out`). It is written so that nothing
/// the user did not mean to touch is lost: an existing file only with `replacing` (`--force`),
/// never the database or its `-wal`/`-shm` (compared after resolving links, and by inode),
/// always whole (`PrivateFile`: a temporary file in the same folder, then a rename) and
/// readable by its owner only (mode 0600).
struct OutputFile {
    let path: String
    let replacing: Bool
    /// The database of this run, which the output may never overwrite.
    let databasePath: String

    /// Refuses early, before any work is done, what `write` would refuse.
    func check() throws(CommandFailure) {
        if isDatabaseFile { throw .outputIsDatabase(file: path, database: databasePath) }
        if !replacing, FileManager.default.fileExists(atPath: path) { throw .outputExists(file: path) }
    }

    func write(_ data: Data) throws(CommandFailure) {
        if isDatabaseFile { throw .outputIsDatabase(file: path, database: databasePath) }
        try PrivateFile.write(data, to: path, replacing: replacing)
    }

    private var isDatabaseFile: Bool {
        let protected = ["", "-wal", "-shm"].map { databasePath + $0 }
        let target = PrivateFile.resolved(path)
        if protected.map(PrivateFile.resolved).contains(target) { return true }
        guard let identity = PrivateFile.identity(of: path) else { return false }
        return protected.compactMap(PrivateFile.identity(of:)).contains { $0 == identity }
    }
}
