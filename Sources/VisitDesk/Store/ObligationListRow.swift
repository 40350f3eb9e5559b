/// One obligation as `visitdesk obligations` and the worklist list it: the obligation, the
/// reference of its case and where it stands on the day asked about.
public struct ObligationListRow: Hashable, Sendable {
    public var obligation: Obligation
    public var caseReference: String
    /// `obligation.state(on:)` of the day, computed by the query.
    public var state: ObligationState

    public init(obligation: Obligation, caseReference: String, state: ObligationState) {
        self.obligation = obligation
        self.caseReference = caseReference
        self.state = state
    }
}
