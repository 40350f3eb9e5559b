import Foundation
import GRDB

/// A row of the `noteDraft` table: the note being typed in a visit.
struct DraftRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "noteDraft"

    var visitID: Int64
    var text: String
    var savedAt: Date
}
