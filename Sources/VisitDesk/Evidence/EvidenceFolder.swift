import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's evidence files: a folder beside the database (`<database path>.evidence`, mode
/// 0700) that holds each file once, under the lowercase hex SHA-256 of its content (mode 0600).
/// Content-addressed, so the same photo attached twice is stored once and a file's name proves
/// its content. A file is streamed in (never held whole in memory) into a temporary file of
/// the folder while it is hashed, synced, then renamed to its hash: a crash leaves either no
/// file or a whole one (a stray `.incoming-…` file at worst, which nothing reads).
public struct EvidenceFolder: Sendable {
    /// 100 MB: a long recording or a phone video of a visit fits; a whole disk image does not.
    public static let maximumSize: Int64 = 100 * 1_048_576
    private static let chunkSize = 1 << 20

    public let path: String

    public init(databasePath: String) {
        path = databasePath + ".evidence"
    }

    /// Where the file of `sha256` is kept; nil unless `sha256` is 64 lowercase hex digits, so a
    /// hash read from the database can never name a path outside the folder.
    public func filePath(sha256: String) -> String? {
        SHA256.Digest.isLowercaseHex(sha256) ? path + "/" + sha256 : nil
    }

    /// Copies the file at `source` into the folder and describes it: its recorded name
    /// (`EvidenceName`), size, media type (`EvidenceMediaType`), hash and `caption`. Refuses a
    /// missing or unreadable file, a folder, a device or pipe, and a file over `maximumSize`.
    public func keep(fileAt source: String, caption: String) throws(EvidenceError) -> Attachment {
        // Non-blocking, so a named pipe is refused instead of waiting for a writer.
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing(path: source) }
            throw .unreadable(path: source, reason: String(cString: strerror(code)))
        }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0 else { throw .unreadable(path: source, reason: String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .isDirectory(path: source)
        default: throw .notAFile(path: source)
        }
        let size = Int64(status.st_size)
        guard size <= Self.maximumSize else { throw .tooLarge(path: source, size: size) }
        try prepare()
        let temporary = path + "/.incoming-\(UUID().uuidString)"
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .cannotStore(folder: path, reason: String(cString: strerror(errno))) }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        let copied: (digest: SHA256.Digest, count: Int64)
        do {
            copied = try Self.stream(input, into: output, limit: Self.maximumSize)
        } catch {
            close(output)
            switch error {
            case .reading(let code): throw .unreadable(path: source, reason: String(cString: strerror(code)))
            case .writing(let code): throw .cannotStore(folder: path, reason: String(cString: strerror(code)))
            case .overLimit(let count): throw .tooLarge(path: source, size: count)
            }
        }
        let synced = fsync(output) == 0
        let failure = errno
        close(output)
        guard synced else { throw .cannotStore(folder: path, reason: String(cString: strerror(failure))) }
        let hash = copied.digest.lowercaseHex
        // Renaming over a file of the same hash keeps one copy, and repairs one that was damaged.
        guard rename(temporary, path + "/" + hash) == 0 else { throw .cannotStore(folder: path, reason: String(cString: strerror(errno))) }
        renamed = true
        syncFolder()
        let name = EvidenceName.from(path: source)
        return Attachment(name: name, size: copied.count, type: EvidenceMediaType.of(name: name), sha256: hash, caption: caption)
    }

    /// Whether the file of `sha256` is there and still hashes to its name. Reads it whole.
    public func check(sha256: String) -> EvidenceFileState {
        guard let file = filePath(sha256: sha256) else { return .invalidHash }
        let input = open(file, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else {
            let code = errno
            if code == EACCES { return .notPermitted }
            return code == ENOENT ? .missing : .unreadable(reason: String(cString: strerror(code)))
        }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .unreadable(reason: "not a regular file") }
        do {
            let actual = try Self.stream(input, into: nil, limit: Int64.max).digest.lowercaseHex
            return actual == sha256 ? .intact : .changed(actual: actual)
        } catch {
            return .unreadable(reason: error.reason)
        }
    }

    /// Copies the kept file of `attachment` to `destination`, a new file (mode 0600; an existing
    /// one is refused), checking on the way that its content still hashes to its name: a
    /// changed or missing file is refused and nothing is left at `destination`.
    public func copy(_ attachment: Attachment, to destination: String) throws(EvidenceError) {
        guard let file = filePath(sha256: attachment.sha256) else { throw .notKept(name: attachment.name, sha256: attachment.sha256) }
        let input = open(file, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { throw .notKept(name: attachment.name, sha256: attachment.sha256) }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .cannotWrite(path: destination, reason: String(cString: strerror(errno))) }
        var complete = false
        defer { if !complete { unlink(destination) } }
        let copied: (digest: SHA256.Digest, count: Int64)
        do {
            copied = try Self.stream(input, into: output, limit: Int64.max)
        } catch {
            close(output)
            if case .writing(let code) = error { throw .cannotWrite(path: destination, reason: String(cString: strerror(code))) }
            throw .notKept(name: attachment.name, sha256: attachment.sha256)
        }
        let synced = fsync(output) == 0
        let failure = errno
        close(output)
        guard synced else { throw .cannotWrite(path: destination, reason: String(cString: strerror(failure))) }
        guard copied.digest.lowercaseHex == attachment.sha256 else { throw .notKept(name: attachment.name, sha256: attachment.sha256) }
        complete = true
    }

    /// Makes the folder (0700) when it is not there, and keeps an existing one private.
    private func prepare() throws(EvidenceError) {
        if mkdir(path, 0o700) != 0 {
            let code = errno
            var status = stat()
            guard code == EEXIST, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotStore(folder: path, reason: code == EEXIST ? "it is not a folder" : String(cString: strerror(code)))
            }
        }
        guard chmod(path, 0o700) == 0 else { throw .cannotStore(folder: path, reason: String(cString: strerror(errno))) }
    }

    /// Makes the rename itself durable: a power cut after `keep` returns cannot lose the name.
    private func syncFolder() {
        let folder = open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }

    private enum StreamError: Error {
        case reading(Int32)
        case writing(Int32)
        case overLimit(Int64)

        var reason: String {
            switch self {
            case .reading(let code), .writing(let code): String(cString: strerror(code))
            case .overLimit(let count): "more than \(count) bytes"
            }
        }
    }

    /// Reads `input` to its end in chunks, hashing and (when given) writing each to `output`;
    /// stops with `overLimit` as soon as more than `limit` bytes were read (a file that grew).
    private static func stream(_ input: Int32, into output: Int32?, limit: Int64) throws(StreamError) -> (digest: SHA256.Digest, count: Int64) {
        var hasher = SHA256()
        var count: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let read = buffer.withUnsafeMutableBytes { bytes in DescriptorIO.read(input, bytes.baseAddress!, bytes.count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw .reading(errno)
            }
            if read == 0 { break }
            count += Int64(read)
            if count > limit { throw .overLimit(count) }
            let chunk = buffer[0..<read]
            hasher.update(data: chunk)
            if let output {
                let written = chunk.withUnsafeBytes { bytes in DescriptorIO.writeAll(output, bytes) }
                if !written { throw .writing(errno) }
            }
        }
        return (hasher.finalize(), count)
    }
}
