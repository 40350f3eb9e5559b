import Foundation
import GRDB

/// A row of the `visit` table: what lists need without folding the events, and the chain head.
struct VisitRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "visit"

    var id: Int64?
    var caseID: Int64
    var role: String
    var playbookID: String
    var startedAt: Date
    var endedAt: Date?
    var endReason: String?
    var outcomeCode: String?
    /// The case's status before this visit, restored when the visit's outcome is undone.
    var caseStatusAtStart: String
    var eventCount: Int
    var headHash: String
    var lastEventAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
