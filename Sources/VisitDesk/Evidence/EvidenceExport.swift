import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A visit's evidence files copied out of the store into a folder of their own, for a lawyer,
/// a supervisor or a complaint: each file under its recorded name made safe (`SafeFileName`;
/// `door.jpg`, then `door-2.jpg` for a second file of that name), and `manifest.json` listing
/// for each its recorded name, file, size, type, SHA-256, caption and attachment time, with the
/// visit id and case reference. Every file is checked against its hash as it is copied.
public struct EvidenceExport {
    /// One file of the export: the record's attachment and the file name it is written under.
    public struct Entry: Hashable, Sendable {
        public var evidence: AttachedEvidence
        public var file: String
    }

    public static let manifestName = "manifest.json"

    public let visitID: Int64
    public let caseReference: String
    public let entries: [Entry]

    public init(visitID: Int64, caseReference: String, evidence: [AttachedEvidence]) {
        self.visitID = visitID
        self.caseReference = caseReference
        var used: Set<String> = [Self.manifestName]
        entries = evidence.map { attached in
            let file = Self.unusedName(SafeFileName.from(attached.attachment.name), used: &used)
            return Entry(evidence: attached, file: file)
        }
    }

    /// `name`, or `stem-2.ext`, `stem-3.ext`… — the first not in `used` (compared ignoring case,
    /// for file systems that do), which it is then added to.
    private static func unusedName(_ name: String, used: inout Set<String>) -> String {
        var candidate = name
        var number = 1
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let stem = dot.map { String(name[..<$0]) } ?? name
        let suffix = dot.map { String(name[$0...]) } ?? ""
        while used.contains(candidate.lowercased()) {
            number += 1
            candidate = "\(stem)-\(number)\(suffix)"
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// The manifest: `{"visitID":…, "case":…, "files":[{"name","file","size","type","sha256","caption","attachedAt"}]}`.
    public var manifest: String {
        let object = OrderedJSON.object([
            ("visitID", .int(Int(visitID))), ("case", .string(caseReference)),
            ("files", .array(entries.map { entry in
                let attachment = entry.evidence.attachment
                return .object([
                    ("name", .string(attachment.name)), ("file", .string(entry.file)), ("size", .int(Int(attachment.size))),
                    ("type", .string(attachment.type)), ("sha256", .string(attachment.sha256)), ("caption", .string(attachment.caption)),
                    ("attachedAt", .string(Timestamp.iso8601(entry.evidence.at))),
                ])
            })),
        ])
        return SafeText.escapingUnsafeScalars(inJSON: object.text) + "\n"
    }

    /// Writes the files and the manifest into `directory`, which must not exist (it is made,
    /// mode 0700) or be an empty folder; every file is new, mode 0600. A file missing from the
    /// evidence folder or changed stops the export with `EvidenceError.notKept`, and what was
    /// written is removed again: a folder with a manifest is always a whole export.
    public func write(to directory: String, from folder: EvidenceFolder) throws(EvidenceError) {
        let made = try Self.prepare(directory)
        var written: [String] = []
        do throws(EvidenceError) {
            for entry in entries {
                let path = directory + "/" + entry.file
                try folder.copy(entry.evidence.attachment, to: path)
                written.append(path)
            }
            try writeManifest(to: directory + "/" + Self.manifestName)
        } catch {
            for path in written { unlink(path) }
            if made { rmdir(directory) }
            throw error
        }
    }

    private func writeManifest(to path: String) throws(EvidenceError) {
        let output = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(manifest.utf8)
        let written = bytes.withUnsafeBytes { DescriptorIO.writeAll(output, $0) } && fsync(output) == 0
        let failure = errno
        close(output)
        guard written else {
            unlink(path)
            throw .cannotWrite(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Refuses a `directory` that is a file or a folder with anything in it; makes a missing one
    /// (and says so, so a failed export can remove it again).
    @discardableResult
    public static func prepare(_ directory: String) throws(EvidenceError) -> Bool {
        if mkdir(directory, 0o700) == 0 { return true }
        let code = errno
        guard code == EEXIST else { throw .cannotWrite(path: directory, reason: String(cString: strerror(code))) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw .outputNotEmpty(path: directory)
        }
        let contents: [String]
        do {
            contents = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        guard contents.isEmpty else { throw .outputNotEmpty(path: directory) }
        return false
    }
}
