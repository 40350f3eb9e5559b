import Foundation
import Testing
@testable import VisitDesk

/// The evidence folder: files copied in under their SHA-256, once, privately, and every file
/// that cannot be kept refused with its path named.
@Suite struct EvidenceFolderTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-evidence-\(UUID().uuidString)")
    var folder: EvidenceFolder { EvidenceFolder(databasePath: directory.appendingPathComponent("db.sqlite").path) }

    init() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Known answers (Python's hashlib): the 3 000 000 bytes `i * 31 mod 256`, `[1, 2, 3]` and `[1, 2, 4]`.
    static let bigHash = "743fd190d8ee22d6c4146e71a2cb8dfb25746a0fec3d453def83406d51e1b443"
    static let hash123 = "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81"
    static let hash124 = "d4b29a968c40173638ded8d174c86957afa211be479cee020dba5dfe127d91ca"

    func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func aFileIsCopiedUnderItsHashWithWhatTheRecordNeeds() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let source = try file("Door.JPG", bytes)
        let attachment = try folder.keep(fileAt: source, caption: "门牌")
        #expect(attachment == VisitDesk.Attachment(name: "Door.JPG", size: 3_000_000, type: "image/jpeg", sha256: Self.bigHash, caption: "门牌"))
        let kept = try #require(folder.filePath(sha256: attachment.sha256))
        #expect(kept == folder.path + "/" + Self.bigHash)
        #expect(FileManager.default.contents(atPath: kept) == Data(bytes), "the content is copied whole, across many chunks")
        #expect(try mode(folder.path) == 0o700)
        #expect(try mode(kept) == 0o600)
        #expect(folder.check(sha256: attachment.sha256) == .intact)
    }

    @Test func theSameFileTwiceIsStoredOnce() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try folder.keep(fileAt: try file("a.png", [1, 2, 3]), caption: "")
        let second = try folder.keep(fileAt: try file("b.png", [1, 2, 3]), caption: "again")
        #expect(first.sha256 == Self.hash123 && second.sha256 == Self.hash123)
        #expect(second.name == "b.png")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [first.sha256], "one file, no temporary left")
    }

    @Test func anEmptyFileIsKept() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let attachment = try folder.keep(fileAt: try file("empty.txt", []), caption: "")
        #expect(attachment.size == 0)
        #expect(attachment.type == "text/plain")
        #expect(attachment.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func whatCannotBeKeptIsRefusedNamingThePath() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("nope.jpg").path
        #expect(throws: EvidenceError.missing(path: missing)) { try folder.keep(fileAt: missing, caption: "") }
        #expect(throws: EvidenceError.isDirectory(path: directory.path)) { try folder.keep(fileAt: directory.path, caption: "") }
        #expect(throws: EvidenceError.notAFile(path: "/dev/null")) { try folder.keep(fileAt: "/dev/null", caption: "") }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: EvidenceError.notAFile(path: fifo), "a named pipe is refused, not waited on") { try folder.keep(fileAt: fifo, caption: "") }
        for error in [EvidenceError.missing(path: missing), .isDirectory(path: directory.path), .tooLarge(path: missing, size: 1)] {
            #expect(error.explanation.en.contains(missing) || error.explanation.en.contains(directory.path))
            #expect(error.explanation.zh.contains(missing) || error.explanation.zh.contains(directory.path))
        }
    }

    @Test func aFileOverTheLimitIsRefusedAndNothingIsKept() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("video.mp4").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(EvidenceFolder.maximumSize + 1)) == 0)
        #expect(throws: EvidenceError.tooLarge(path: path, size: EvidenceFolder.maximumSize + 1)) { try folder.keep(fileAt: path, caption: "") }
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty ?? true)
        #expect(EvidenceError.tooLarge(path: path, size: 1).explanation.en.contains("100 MB"))
    }

    @Test func anUnreadableFileIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // The superuser reads any file, so the refusal can only be seen as another user.
        guard getuid() != 0 else { return }
        let path = try file("secret.m4a", [9])
        #expect(chmod(path, 0) == 0)
        #expect(throws: EvidenceError.self) { try folder.keep(fileAt: path, caption: "") }
    }

    @Test func aNameWithControlsIsRecordedSafelyAndAPathCannotEscape() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try file("photo\u{1B}[31m\u{202E}gpj.exe", [4, 5])
        let attachment = try folder.keep(fileAt: source, caption: "")
        #expect(attachment.name == "photo_[31m_gpj.exe")
        #expect(attachment.type == EvidenceMediaType.unknown)
        #expect(EvidenceName.from(path: "/tmp/../x/../门牌 照片.HEIC") == "门牌 照片.HEIC")
        #expect(EvidenceMediaType.of(name: "门牌 照片.HEIC") == "image/heic")
        #expect(EvidenceName.from(path: "a/b\tc\nd") == "b_c_d")
        #expect(folder.filePath(sha256: "../../etc/passwd") == nil, "a hash from the database never names a path")
        #expect(folder.filePath(sha256: String(repeating: "A", count: 64)) == nil, "upper case is not how hashes are kept")
        #expect(folder.check(sha256: "../db.sqlite") == .invalidHash)
    }

    @Test func mediaTypesComeFromTheExtension() {
        let expected = ["a.jpg": "image/jpeg", "a.jpeg": "image/jpeg", "a.png": "image/png", "a.heic": "image/heic",
                        "a.pdf": "application/pdf", "a.m4a": "audio/mp4", "a.mp3": "audio/mpeg", "a.wav": "audio/wav",
                        "a.aac": "audio/aac", "a.mp4": "video/mp4", "a.MOV": "video/quicktime", "a.txt": "text/plain",
                        "a.docx": "application/octet-stream", "README": "application/octet-stream", ".jpg": "application/octet-stream"]
        for (name, type) in expected { #expect(EvidenceMediaType.of(name: name) == type, "\(name)") }
    }

    @Test func aChangedOrDeletedFileIsFoundByItsHash() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let attachment = try folder.keep(fileAt: try file("a.wav", [1, 2, 3]), caption: "")
        let kept = try #require(folder.filePath(sha256: attachment.sha256))
        try Data([1, 2, 4]).write(to: URL(fileURLWithPath: kept))
        #expect(folder.check(sha256: attachment.sha256) == .changed(actual: Self.hash124))
        try FileManager.default.removeItem(atPath: kept)
        #expect(folder.check(sha256: attachment.sha256) == .missing)
    }

    @Test func sizesReadAsPeopleSayThem() {
        #expect(VisitDesk.Attachment.sizeText(812) == "812 B")
        #expect(VisitDesk.Attachment.sizeText(49_321) == "48 KB")
        #expect(VisitDesk.Attachment.sizeText(3_460_000) == "3.2 MB", "tenths cut, not rounded, as KB are")
        #expect(VisitDesk.Attachment.sizeText(-5) == "-5 B", "a hand-edited size is shown as it is")
        #expect(VisitDesk.Attachment.sizeText(Int64.max) == "\(Int64.max) B", "and never overflows")
    }
}
