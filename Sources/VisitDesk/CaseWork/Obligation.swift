/// A promise, a plan's down payment or one of its instalments: an amount the debtor agreed to
/// pay by a day. Made from the outcome in effect of each visit (`Outcome.obligationTerms`).
public struct Obligation: Hashable, Sendable {
    /// `V12-1`: the visit that agreed it and its number there (0 is a plan's down payment).
    public var id: String
    public var caseID: Int64
    public var visitID: Int64
    public var number: Int
    /// The day the visit's outcome was recorded: payments before it do not count towards it.
    public var agreedOn: CalendarDay
    public var due: CalendarDay
    public var amount: Money
    /// What the payment rule credited to it, by the end of its grace period.
    public var paid: Money
    /// The last day a payment counts towards it: `due` plus the grace days.
    public var graceEnds: CalendarDay
    /// Kept, a hand mark, or pending: broken and partly kept follow from the day (`state(on:)`).
    public var settled: ObligationState
    /// Why it was marked by hand; nil when the payment rule decides.
    public var markReason: String?

    public init(id: String, caseID: Int64, visitID: Int64, number: Int, agreedOn: CalendarDay, due: CalendarDay,
                amount: Money, paid: Money, graceEnds: CalendarDay, settled: ObligationState, markReason: String?) {
        self.id = id
        self.caseID = caseID
        self.visitID = visitID
        self.number = number
        self.agreedOn = agreedOn
        self.due = due
        self.amount = amount
        self.paid = paid
        self.graceEnds = graceEnds
        self.settled = settled
        self.markReason = markReason
    }

    /// Where it stands on `day`: a pending obligation whose grace period ended before `day` is
    /// partly kept when something was paid towards it, else broken.
    public func state(on day: CalendarDay) -> ObligationState {
        guard settled == .pending, graceEnds < day else { return settled }
        return paid > .zero ? .partlyKept : .broken
    }
}

extension Outcome {
    /// The amounts this outcome obliges the debtor to pay, numbered as in `Obligation.id`: a
    /// promise's one payment; a plan's down payment (due the day it was agreed) and instalments.
    public func obligationTerms(agreedOn: CalendarDay) -> [(number: Int, due: CalendarDay, amount: Money)] {
        switch self {
        case .promiseToPay(let date, let amount, _):
            return [(1, date, amount)]
        case .planAgreed(let plan):
            let down = plan.downPayment > .zero ? [(number: 0, due: agreedOn, amount: plan.downPayment)] : []
            return down + plan.schedule.map { ($0.number, $0.due, $0.amount) }
        default:
            return []
        }
    }
}
