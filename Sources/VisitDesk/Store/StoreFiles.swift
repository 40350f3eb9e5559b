import Foundation

/// File-system permissions of the database: personal data, so only its owner may read it.
enum StoreFiles {
    /// Creates the directory (0700) and an empty file (0600) before SQLite opens it.
    static func prepare(databasePath path: String) throws(StoreError) {
        let manager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !manager.fileExists(atPath: directory) {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create the directory \(directory): \(error.localizedDescription)")
            }
        }
        if !manager.fileExists(atPath: path) {
            let descriptor = open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
            if descriptor < 0, errno != EEXIST {
                throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            if descriptor >= 0 { close(descriptor) }
        }
    }

    /// Keeps the database and its WAL and shared-memory files at 0600.
    static func restrict(databasePath path: String) throws(StoreError) {
        for file in [path, path + "-wal", path + "-shm"] {
            if chmod(file, 0o600) != 0, errno != ENOENT {
                throw .cannotOpen(path: path, reason: "cannot make \(file) private: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Whether this user may write the database: the file, and the folder that holds its WAL.
    static func isWritable(databasePath path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(directory.isEmpty ? "." : directory, W_OK) == 0
    }

    /// What SQLite is given to open a database read-only. A WAL database with no `-wal` file in a
    /// folder this user cannot write cannot be opened the usual way (SQLite would create the
    /// `-shm` file), so it is opened as immutable: nobody is writing it, as the WAL is absent.
    static func readOnlyLocation(databasePath path: String) -> String {
        if FileManager.default.fileExists(atPath: path + "-wal") { return path }
        let escaped = path.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "?", with: "%3f").replacingOccurrences(of: "#", with: "%23")
        return "file:\(escaped)?immutable=1"
    }
}
