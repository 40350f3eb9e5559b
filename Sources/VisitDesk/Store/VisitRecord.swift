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

    init(id: Int64?, caseID: Int64, role: String, playbookID: String, startedAt: Date, endedAt: Date?, endReason: String?,
         outcomeCode: String?, caseStatusAtStart: String, eventCount: Int, headHash: String, lastEventAt: Date) {
        self.id = id
        self.caseID = caseID
        self.role = role
        self.playbookID = playbookID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.endReason = endReason
        self.outcomeCode = outcomeCode
        self.caseStatusAtStart = caseStatusAtStart
        self.eventCount = eventCount
        self.headHash = headHash
        self.lastEventAt = lastEventAt
    }

    /// Reads a row; the team's columns may be absent, since migrations before `v6-team` read visits too.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decodeIfPresent(Int64.self, forKey: .id), caseID: try container.decode(Int64.self, forKey: .caseID),
                  role: try container.decode(String.self, forKey: .role), playbookID: try container.decode(String.self, forKey: .playbookID),
                  startedAt: try container.decode(Date.self, forKey: .startedAt), endedAt: try container.decodeIfPresent(Date.self, forKey: .endedAt),
                  endReason: try container.decodeIfPresent(String.self, forKey: .endReason),
                  outcomeCode: try container.decodeIfPresent(String.self, forKey: .outcomeCode),
                  caseStatusAtStart: try container.decode(String.self, forKey: .caseStatusAtStart),
                  eventCount: try container.decode(Int.self, forKey: .eventCount), headHash: try container.decode(String.self, forKey: .headHash),
                  lastEventAt: try container.decode(Date.self, forKey: .lastEventAt))
        if let uid = try container.decodeIfPresent(String.self, forKey: .uid) { self.uid = uid }
        originID = try container.decodeIfPresent(Int64.self, forKey: .originID)
        device = try container.decodeIfPresent(String.self, forKey: .device)
        remote = try container.decodeIfPresent(Bool.self, forKey: .remote) ?? false
        pushedCount = try container.decodeIfPresent(Int.self, forKey: .pushedCount) ?? 0
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether `state` is this visit as stored: the same visit, as many events, the same last hash.
    func isHead(of state: VisitState) -> Bool {
        state.id == id && state.caseID == caseID && state.events.count == eventCount
            && state.events.last?.sequence == eventCount && state.headHash == headHash
    }
}
