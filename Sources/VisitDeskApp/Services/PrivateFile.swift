import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files that hold personal data: readable by their owner only (mode 0600) and
/// written whole or not at all — the data goes to a temporary file in the target's folder,
/// which is then renamed over the target (`replacing`) or linked to it only if no file is
/// there yet, so an existing file is never half-overwritten nor silently replaced.
enum PrivateFile {
    static func write(_ data: Data, to path: String, replacing: Bool) throws(CommandFailure) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = folder + "/.visitdesk-\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(file: path, reason: reason(errno, folder: folder)) }
        defer { unlink(temporary) }
        let written = data.withUnsafeBytes { bytes in writeAll(descriptor, bytes) }
        let synced = written && fsync(descriptor) == 0
        let failure = errno
        close(descriptor)
        guard synced else { throw .cannotWrite(file: path, reason: String(cString: strerror(failure))) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw .cannotWrite(file: path, reason: reason(errno, folder: folder)) }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw .outputExists(file: path) }
                throw .cannotWrite(file: path, reason: reason(errno, folder: folder))
            }
        }
    }

    /// `path` absolute, with `.`/`..` and symbolic links of its folder (and of itself, when it exists) resolved.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return folder.appendingPathComponent(url.lastPathComponent).resolvingSymlinksInPath().path
    }

    /// The device and inode of an existing file, so that a hard link to it is recognised.
    static func identity(of path: String) -> [UInt64]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    private static func reason(_ code: Int32, folder: String) -> String {
        code == ENOENT ? "the folder \(folder) does not exist" : String(cString: strerror(code))
    }
}
