/// Another device's records of one of this operator's cases (contact attempts, appointments,
/// payments, marks…), as the server holds that device's stream of the case, with the events
/// this desk does not have yet (`events`, in order, continuing what it has).
public struct SyncRemoteCaseRecords: Hashable, Sendable {
    public var caseReference: String
    public var device: String
    public var events: [SignedEvent]

    public init(caseReference: String, device: String, events: [SignedEvent]) {
        self.caseReference = caseReference
        self.device = device
        self.events = events
    }
}
