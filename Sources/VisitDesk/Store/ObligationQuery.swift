/// Which obligations `VisitStore.obligations(_:)` lists, and the day their state is judged on.
public struct ObligationQuery: Hashable, Sendable {
    /// The day states are judged on: pending obligations whose grace period ended before it
    /// are partly kept or broken.
    public var day: CalendarDay
    /// Only obligations due before this day.
    public var dueBefore: CalendarDay?
    /// Only obligations in this state on `day`.
    public var state: ObligationState?
    /// Only the obligations of this case.
    public var caseID: Int64?

    public init(day: CalendarDay, dueBefore: CalendarDay? = nil, state: ObligationState? = nil, caseID: Int64? = nil) {
        self.day = day
        self.dueBefore = dueBefore
        self.state = state
        self.caseID = caseID
    }
}
