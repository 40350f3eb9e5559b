import Foundation
import GRDB

/// A row of the `caseAccess` table: personal data revealed or hidden outside any open visit.
struct CaseAccessRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "caseAccess"

    var id: Int64?
    var caseID: Int64
    var at: Date
    /// Comma-separated `PersonalField` raw values; empty when the data was hidden again.
    var fields: String
    var revealed: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
