import Foundation
import GRDB

extension VisitStore {
    /// The folder beside this database where evidence files are kept (`<database path>.evidence`).
    public var evidenceFolder: EvidenceFolder { EvidenceFolder(databasePath: path) }

    /// Attaches the file at `source` to a visit: copies it into the evidence folder (see
    /// `EvidenceFolder.keep`), then appends `evidenceAttached` as `append(_:to:at:after:)` does —
    /// also once the visit has ended, even after "asked to leave" (a photo of the door is kept
    /// like an addendum). Returns the visit with the event and what was kept. Throws
    /// `EvidenceError` for the file and `StoreError` for the record; when the record is refused
    /// after the copy, the copy stays (harmless: content-addressed, nothing names it).
    public func attachEvidence(fileAt source: String, caption: String, toVisit visitID: Int64, at date: Date,
                               after known: VisitState?) throws -> (visit: VisitState, attachment: Attachment) {
        try checkCanAttach(caption: caption)
        guard try read({ db in try VisitRecord.exists(db, key: visitID) }) else { throw StoreError.visitNotFound(id: visitID) }
        let attachment = try evidenceFolder.keep(fileAt: source, caption: caption)
        let visit = try append(.evidenceAttached(attachment), to: visitID, at: date, after: known)
        return (visit, attachment)
    }

    /// Attaches the file at `source` to a case's own records (a letter sent before any visit),
    /// as `attachEvidence(fileAt:caption:toVisit:at:after:)` does for a visit.
    public func attachEvidence(fileAt source: String, caption: String, caseID: Int64, at date: Date) throws -> CaseEvent {
        try checkCanAttach(caption: caption)
        guard try loanCase(id: caseID) != nil else { throw StoreError.caseNotFound(id: caseID) }
        let attachment = try evidenceFolder.keep(fileAt: source, caption: caption)
        return try record(.evidenceAttached(attachment), caseID: caseID, at: date)
    }

    /// What the record would refuse anyway, refused before any file is copied.
    private func checkCanAttach(caption: String) throws(StoreError) {
        if isReadOnly { throw .readOnly(path: path) }
        try checkFilesInPlace()
        if let unsafe = SafeText.firstUnsafeCharacter(in: caption) { throw .unsafeText(field: "caption", character: unsafe) }
    }
}
