import Foundation
import GRDB

extension VisitStore {
    /// Keeps the note being typed in a visit, so it survives a crash; replaces the previous draft.
    public func saveDraft(visitID: Int64, text: String, at date: Date = Date()) throws(StoreError) {
        try write { db in
            guard try VisitRecord.exists(db, key: visitID) else { throw StoreError.visitNotFound(id: visitID) }
            try DraftRecord(visitID: visitID, text: text, savedAt: Timestamp.normalized(date)).upsert(db)
        }
    }

    /// The note draft of a visit, if one was saved and not cleared.
    public func draft(visitID: Int64) throws(StoreError) -> String? {
        try read { db in try DraftRecord.fetchOne(db, key: visitID)?.text }
    }

    /// The newest note draft left on an ended visit of the case (typed while another
    /// program ended the visit), with that visit's id; nil when there is none.
    public func draftOfEndedVisit(caseID: Int64) throws(StoreError) -> (visitID: Int64, text: String)? {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT noteDraft.visitID, noteDraft.text FROM noteDraft JOIN visit ON visit.id = noteDraft.visitID
                WHERE visit.caseID = ? AND visit.endedAt IS NOT NULL ORDER BY noteDraft.savedAt DESC LIMIT 1
                """, arguments: [caseID])
            return row.map { (visitID: $0[0], text: $0[1]) }
        }
    }

    /// Drops the note draft of a visit (the note was saved or abandoned).
    public func clearDraft(visitID: Int64) throws(StoreError) {
        _ = try write { db in try DraftRecord.deleteOne(db, key: visitID) }
    }
}
