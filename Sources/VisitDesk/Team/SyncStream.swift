import Foundation

/// A stream of this device's events with some the team's server has not acknowledged: one of
/// its visits, or its records of one case. The server keeps the same stream under the same name
/// (`SignedEvent.Stream`), so a sync finds where the server stands by asking for its head.
public struct SyncStream: Hashable, Sendable {
    public enum Origin: Hashable, Sendable {
        /// A visit started here: its local id, the id its payloads name, and when it started.
        case visit(localID: Int64, uid: String, originID: Int64, startedAt: Date)
        /// This device's records of a case (local case id).
        case caseRecords(caseID: Int64)
    }

    public var origin: Origin
    /// The case the stream belongs to.
    public var caseReference: String
    /// The device that wrote the stream.
    public var device: String
    /// Events the server has acknowledged, and events there are.
    public var pushedCount: Int
    public var eventCount: Int

    public init(origin: Origin, caseReference: String, device: String, pushedCount: Int, eventCount: Int) {
        self.origin = origin
        self.caseReference = caseReference
        self.device = device
        self.pushedCount = pushedCount
        self.eventCount = eventCount
    }

    /// The name the signatures and the server use.
    public var stream: SignedEvent.Stream {
        switch origin {
        case .visit(_, let uid, _, _): .visit(uid: uid)
        case .caseRecords: .caseRecords(reference: caseReference)
        }
    }

    /// `visit 12 (uid …, case L-1)` or `the records of case L-1`, as refusals name it.
    public var described: LocalizedText {
        switch origin {
        case .visit(let localID, let uid, _, _):
            LocalizedText(zh: "走访 \(localID)（\(uid)，案件 \(caseReference)）", en: "visit \(localID) (\(uid), case \(caseReference))")
        case .caseRecords:
            LocalizedText(zh: "案件 \(caseReference) 的记录", en: "the records of case \(caseReference)")
        }
    }
}
