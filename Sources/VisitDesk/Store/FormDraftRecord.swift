import Foundation
import GRDB

/// A row of the `formDraft` table: a dialog that was open on a case when the desk ended.
struct FormDraftRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "formDraft"

    var caseID: Int64
    /// The form as the desk encoded it; the store does not look inside.
    var form: String
    var savedAt: Date
}
