import Crypto
import Foundation
import GRDB

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

    /// The evidence files that other devices' visits and records here attach and the evidence
    /// folder lacks (a sync cut off before fetching them), each with what attaches it (a visit
    /// of a case, or the records of a case) and its device.
    public func missingRemoteEvidence() throws(StoreError) -> [(owner: LocalizedText, device: String, attachment: Attachment)] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.uid, c.reference, v.device, e.payload, e.sequence FROM visitEvent e
                JOIN visit v ON v.id = e.visitID JOIN loanCase c ON c.id = v.caseID
                WHERE v.remote AND e.kind = 'evidenceAttached'
                UNION ALL
                SELECT NULL, c.reference, r.device, r.payload, r.sequence FROM remoteCaseEvent r JOIN loanCase c ON c.id = r.caseID
                WHERE r.kind = 'evidenceAttached'
                """)
        }
        var seen = Set<String>()
        return rows.compactMap { row in
            let uid: String? = row[0], reference: String = row[1]
            let event = SignedEvent(stream: uid.map { .visit(uid: $0) } ?? .caseRecords(reference: reference), sequence: row[4],
                                    kind: "evidenceAttached", at: Date(), payload: row[3], hash: "", operatorName: "", device: row[2] ?? "",
                                    signature: "")
            guard let attachment = event.attachment, seen.insert(attachment.sha256).inserted,
                  !holdsEvidence(sha256: attachment.sha256) else { return nil }
            let owner = uid.map { LocalizedText(zh: "走访 \($0)（案件 \(reference)）", en: "visit \($0) (case \(reference))") }
                ?? LocalizedText(zh: "案件 \(reference) 的记录", en: "the records of case \(reference)")
            return (owner, row[2] ?? "", attachment)
        }
    }
}
