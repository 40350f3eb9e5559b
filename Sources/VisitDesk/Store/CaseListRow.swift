/// One row of the case list: the case and the state of its visits, read with the page.
public struct CaseListRow: Hashable, Sendable {
    public var loanCase: LoanCase
    /// A visit of this case is open (not ended).
    public var visitOpen: Bool
    /// The outcome in effect of the case's latest visit that recorded one.
    public var lastOutcome: OutcomeCode?
    /// When something is next due, derived from that outcome (`Outcome.nextAction`).
    public var nextAction: CalendarDay?

    public init(loanCase: LoanCase, visitOpen: Bool = false, lastOutcome: OutcomeCode? = nil, nextAction: CalendarDay? = nil) {
        self.loanCase = loanCase
        self.visitOpen = visitOpen
        self.lastOutcome = lastOutcome
        self.nextAction = nextAction
    }
}
