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
    /// The visit's id on every device and on the team's server.
    var uid: String = UUID().uuidString.lowercased()
    /// The id its events' payloads name (its id on the device that started it); nil when that is `id`.
    var originID: Int64?
    /// The device that started it; nil until this device has an identity (`DeviceStamp` fills it).
    var device: String?
    /// Another device's visit, synced here: shown, never written.
    var remote = false
    /// How many of its events the team's server has acknowledged.
    var pushedCount = 0

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether `state` is this visit as stored: the same visit, as many events, the same last hash.
    func isHead(of state: VisitState) -> Bool {
        state.id == id && state.caseID == caseID && state.events.count == eventCount
            && state.events.last?.sequence == eventCount && state.headHash == headHash
    }
}
