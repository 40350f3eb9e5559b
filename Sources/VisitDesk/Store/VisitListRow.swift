import Foundation

/// One line of the visit history: enough to list a visit without folding its events.
public struct VisitListRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var caseID: Int64
    public var caseReference: String
    public var debtorName: String
    public var role: Role
    public var playbookID: String
    public var startedAt: Date
    public var endedAt: Date?
    public var endReason: EndReason?
    public var outcomeCode: OutcomeCode?
    public var eventCount: Int
    /// The device that started the visit (nil before it had an identity).
    public var device: String?
    /// For another device's visit (synced here, read-only): the operator who recorded it; nil for this device's own.
    public var remoteOperator: String?

    public init(id: Int64, caseID: Int64, caseReference: String, debtorName: String, role: Role, playbookID: String,
                startedAt: Date, endedAt: Date?, endReason: EndReason?, outcomeCode: OutcomeCode?, eventCount: Int,
                device: String? = nil, remoteOperator: String? = nil) {
        self.device = device
        self.remoteOperator = remoteOperator
        self.id = id
        self.caseID = caseID
        self.caseReference = caseReference
        self.debtorName = debtorName
        self.role = role
        self.playbookID = playbookID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.endReason = endReason
        self.outcomeCode = outcomeCode
        self.eventCount = eventCount
    }

    /// How long the visit took; nil while it is open.
    public var duration: TimeInterval? {
        endedAt.map { $0.timeIntervalSince(startedAt) }
    }
}
