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

    public init(id: Int64, caseID: Int64, caseReference: String, debtorName: String, role: Role, playbookID: String,
                startedAt: Date, endedAt: Date?, endReason: EndReason?, outcomeCode: OutcomeCode?, eventCount: Int) {
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
