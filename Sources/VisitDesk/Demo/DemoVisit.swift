import Foundation

/// A past visit of the demo data, as a script for the store to replay. The `started`
/// event (at `startedAt`, from `role`, `playbookID`, `visitors` and `location`) is not in
/// `events`: they are everything after it, in time order, beginning with entering the
/// first stage and ending with `ended`. `script(caseID:)` joins the two for the store.
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

    /// The `started` event that opens the visit.
    public var startedEvent: VisitEventKind {
        .started(role: role, playbookID: playbookID, visitors: visitors, location: location)
    }

    /// The whole visit as the store imports it, `started` first, for the case stored as `caseID`.
    public func script(caseID: Int64) -> VisitScript {
        VisitScript(
            caseID: caseID,
            steps: [VisitScript.Step(at: startedAt, kind: startedEvent)] + events.map { VisitScript.Step(at: $0.at, kind: $0.kind) })
    }
}
