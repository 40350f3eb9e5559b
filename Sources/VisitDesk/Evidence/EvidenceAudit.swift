import Foundation
import GRDB

/// The evidence part of `verify`: every file attached to a visit or a case, read from the
/// events themselves (not a table that could be edited apart from them), must be in the
/// evidence folder and still hash to its name. Every file is read and hashed on every run —
/// linear in the evidence kept, which is the only way to know the content is unchanged; a
/// file attached several times is hashed once.
struct EvidenceAudit {
    /// One recorded attachment and what it belongs to.
    struct Recorded {
        var owner: EvidenceProblem.Owner
        var attachment: Attachment
    }

    /// Every attachment the events record, visits' first, each in event order. Rows that do not
    /// decode are skipped here: the chain audit reports them.
    static func recorded(_ db: Database) throws -> [Recorded] {
        let decoder = JSONDecoder()
        var found: [Recorded] = []
        let visitRows = try Row.fetchCursor(db, sql: """
            SELECT visitID, payload FROM visitEvent WHERE kind = 'evidenceAttached' ORDER BY visitID, sequence
            """)
        while let row = try visitRows.next() {
            let payload: String = row[1]
            guard let event = try? decoder.decode(EventChain.Payload.self, from: Data(payload.utf8)),
                  case .evidenceAttached(let attachment) = event.kind else { continue }
            found.append(Recorded(owner: .visit(id: row[0]), attachment: attachment))
        }
        // The case's own records, then other devices' records of it that sync pulled.
        let caseRows = try Row.fetchCursor(db, sql: """
            SELECT e.caseID, c.reference, e.payload, NULL, e.sequence FROM caseEvent e LEFT JOIN loanCase c ON c.id = e.caseID
            WHERE e.kind = 'evidenceAttached'
            UNION ALL
            SELECT e.caseID, c.reference, e.payload, e.device, e.sequence FROM remoteCaseEvent e LEFT JOIN loanCase c ON c.id = e.caseID
            WHERE e.kind = 'evidenceAttached'
            ORDER BY 1, 4, 5
            """)
        while let row = try caseRows.next() {
            let payload: String = row[2]
            guard let event = try? decoder.decode(CaseEventChain.Payload.self, from: Data(payload.utf8)),
                  case .evidenceAttached(let attachment) = event.kind else { continue }
            let caseID: Int64 = row[0]
            let reference: String? = row[1]
            found.append(Recorded(owner: .loanCase(reference: reference ?? "#\(caseID)"), attachment: attachment))
        }
        return found
    }

    /// The attachments whose file is not as recorded, in the order given, and how many files
    /// were not checked: those this user may not read, when `excusingPermission` (a read-only
    /// review by another user, who cannot read the owner's 0700 folder); otherwise a file the
    /// owner may not read is a problem like any other.
    static func problems(of recorded: [Recorded], in folder: EvidenceFolder,
                         excusingPermission: Bool) -> (problems: [EvidenceProblem], notChecked: Int) {
        var states: [String: EvidenceFileState] = [:]
        var notChecked = 0
        let problems = recorded.compactMap { entry -> EvidenceProblem? in
            let hash = entry.attachment.sha256
            let state = states[hash] ?? folder.check(sha256: hash)
            states[hash] = state
            if state == .intact { return nil }
            if state == .notPermitted, excusingPermission {
                notChecked += 1
                return nil
            }
            return EvidenceProblem(owner: entry.owner, name: entry.attachment.name, sha256: hash, state: state)
        }
        return (problems, notChecked)
    }
}
