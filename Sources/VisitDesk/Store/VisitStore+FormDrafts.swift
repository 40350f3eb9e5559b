import Foundation
import GRDB

extension VisitStore {
    /// Keeps a dialog that was open on a case (its fields, encoded by the caller) so that
    /// it can be offered again; replaces the previous one of that case.
    public func saveFormDraft(caseID: Int64, form: String, at date: Date = Date()) throws(StoreError) {
        try write { db in
            guard try CaseRecord.exists(db, key: caseID) else { throw StoreError.caseNotFound(id: caseID) }
            try FormDraftRecord(caseID: caseID, form: form, savedAt: Timestamp.normalized(date)).upsert(db)
        }
    }

    /// The dialog kept for a case, if any.
    public func formDraft(caseID: Int64) throws(StoreError) -> String? {
        try read { db in try FormDraftRecord.fetchOne(db, key: caseID)?.form }
    }

    /// Drops the dialog kept for a case (it was offered again, submitted or abandoned).
    public func clearFormDraft(caseID: Int64) throws(StoreError) {
        _ = try write { db in try FormDraftRecord.deleteOne(db, key: caseID) }
    }
}
