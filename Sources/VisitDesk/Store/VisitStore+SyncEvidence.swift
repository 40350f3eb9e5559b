import Crypto
import Foundation

extension VisitStore {
    /// The content of the kept evidence file `sha256`, read whole and checked against its name;
    /// nil when it is missing, unreadable or no longer that content.
    public func evidenceContent(sha256: String) -> Data? {
        guard let file = evidenceFolder.filePath(sha256: sha256),
              let data = FileManager.default.contents(atPath: file),
              SHA256.hash(data: data).lowercaseHex == sha256 else { return nil }
        return data
    }

    /// Whether the evidence folder holds the file `sha256`, intact.
    public func holdsEvidence(sha256: String) -> Bool {
        evidenceFolder.check(sha256: sha256) == .intact
    }

    /// Keeps `data`, pulled from the team's server, in the evidence folder under its SHA-256;
    /// refused (false, nothing kept) unless it hashes to `sha256`.
    public func keepPulledEvidence(_ data: Data, sha256: String) throws(EvidenceError) -> Bool {
        guard SHA256.hash(data: data).lowercaseHex == sha256 else { return false }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-pulled-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw .cannotStore(folder: evidenceFolder.path, reason: "cannot write \(temporary)")
        }
        return try evidenceFolder.keep(fileAt: temporary, caption: "").sha256 == sha256
    }
}
