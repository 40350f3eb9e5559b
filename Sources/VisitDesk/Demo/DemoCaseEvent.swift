import Foundation

/// A record between visits in the demo data: a contact attempt, an appointment, a posted
/// payment or a next action, recorded on a demo case at `at`.
public struct DemoCaseEvent: Sendable {
    /// The `LoanCase.reference` of a case in `DemoData.cases`.
    public var caseReference: String
    /// When it was recorded.
    public var at: Date
    public var kind: CaseEventKind

    public init(caseReference: String, at: Date, kind: CaseEventKind) {
        self.caseReference = caseReference
        self.at = at
        self.kind = kind
    }
}
