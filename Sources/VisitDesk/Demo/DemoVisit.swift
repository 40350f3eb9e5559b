import Foundation

/// A past visit of the demo data, as a script for the store to replay. The store writes
/// the `started` event itself at `startedAt` from `role`, `playbookID`, `visitors` and
/// `location`; `events` are everything after it, in time order, beginning with entering
/// the first stage and ending with `ended`.
public struct DemoVisit: Sendable {
    /// The `LoanCase.reference` of a case in `DemoData.cases`.
    public var caseReference: String
    public var role: Role
    /// A built-in playbook id; every item and stage the script names exists in it.
    public var playbookID: String
    public var visitors: [Visitor]
    public var location: String
    public var startedAt: Date
    public var events: [(at: Date, kind: VisitEventKind)]

    public init(
        caseReference: String, role: Role, playbookID: String, visitors: [Visitor], location: String,
        startedAt: Date, events: [(at: Date, kind: VisitEventKind)]
    ) {
        self.caseReference = caseReference
        self.role = role
        self.playbookID = playbookID
        self.visitors = visitors
        self.location = location
        self.startedAt = startedAt
        self.events = events
    }

    /// The `started` event the store writes first.
    public var startedEvent: VisitEventKind {
        .started(role: role, playbookID: playbookID, visitors: visitors, location: location)
    }
}
