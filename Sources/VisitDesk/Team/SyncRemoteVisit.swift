import Foundation

/// Another device's visit of one of this operator's cases, as the server holds it, with the
/// events this desk does not have yet (`events`, in order, continuing what it has).
public struct SyncRemoteVisit: Hashable, Sendable {
    public var uid: String
    public var caseReference: String
    public var device: String
    /// The id its payloads name: its id on the device that started it.
    public var originID: Int64
    public var events: [SignedEvent]

    public init(uid: String, caseReference: String, device: String, originID: Int64, events: [SignedEvent]) {
        self.uid = uid
        self.caseReference = caseReference
        self.device = device
        self.originID = originID
        self.events = events
    }
}
