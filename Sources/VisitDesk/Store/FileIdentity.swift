import Foundation

/// Which file a path names: its device and inode. A path whose identity changed since the
/// store opened it was deleted or replaced underneath, and writing on would go to a file that
/// no longer has a name.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The file at `path` now, or nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
