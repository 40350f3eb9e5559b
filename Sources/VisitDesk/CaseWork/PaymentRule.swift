import Foundation

/// How posted payments settle obligations (the README's "Promises kept or broken"):
///
/// 1. Payments are taken in day order (then in the order they were posted), obligations in due
///    order (then by id).
/// 2. Each payment goes to the earliest obligations it can still count for — agreed on or
///    before the payment's day, grace period not ended by then (`due + grace days ≥ payment
///    day`), not yet fully paid, not marked by hand — filling each before the next. What is left
///    over counts for none (an early or late payment with nothing open then).
/// 3. An obligation fully paid this way is **kept**. One not fully paid is **pending** until its
///    grace period ends; after that it is **partly kept** if anything was credited to it, else
///    **broken**. A hand mark overrides the rule for its obligation: it keeps the state marked
///    and takes no payment (what would have gone to it goes to the next one). A mark back to
///    **pending** hands the obligation back to the rule.
public struct PaymentRule: Hashable, Sendable {
    public static let defaultGraceDays = 3
    public static let graceDayRange = 0...60

    public var graceDays: Int

    /// The zone whose calendar days the rule counts in (the configured `rules.time_zone`): the
    /// day a promise was agreed and the day a record is made.
    public var timeZone: TimeZone

    public init(graceDays: Int = PaymentRule.defaultGraceDays, timeZone: TimeZone = .current) {
        self.graceDays = graceDays.clamped(to: PaymentRule.graceDayRange)
        self.timeZone = timeZone
    }

    /// A term of an obligation before any payment: what `settle` starts from.
    public struct Term: Hashable, Sendable {
        public var id: String
        public var visitID: Int64
        public var number: Int
        public var agreedOn: CalendarDay
        public var due: CalendarDay
        public var amount: Money

        public init(id: String, visitID: Int64, number: Int, agreedOn: CalendarDay, due: CalendarDay, amount: Money) {
            self.id = id
            self.visitID = visitID
            self.number = number
            self.agreedOn = agreedOn
            self.due = due
            self.amount = amount
        }
    }

    /// The obligations of one case with what the payments credited to each and their settled state.
    /// `payments` in the order they were posted; `marks` by obligation id (the latest of each).
    public func settle(_ terms: [Term], caseID: Int64, payments: [Payment],
                       marks: [String: ObligationHandMark]) -> [Obligation] {
        var obligations = terms.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map { term in
            let mark = marks[term.id].flatMap { $0.state == .pending ? nil : $0 }
            return Obligation(id: term.id, caseID: caseID, visitID: term.visitID, number: term.number, agreedOn: term.agreedOn,
                              due: term.due, amount: term.amount, paid: .zero, graceEnds: term.due.adding(days: graceDays),
                              settled: mark?.state ?? .pending, markReason: mark?.reason)
        }
        let ordered = payments.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
        for (_, payment) in ordered {
            var left = payment.amount
            for index in obligations.indices where left > .zero {
                let obligation = obligations[index]
                guard obligation.markReason == nil, obligation.agreedOn <= payment.day, payment.day <= obligation.graceEnds,
                      obligation.paid < obligation.amount else { continue }
                // Both are within DomainLimits (the store refuses larger), so no sum overflows.
                let credit = min(left, Money(fen: obligation.amount.fen - obligation.paid.fen))
                obligations[index].paid = Money(fen: obligation.paid.fen + credit.fen)
                left = Money(fen: left.fen - credit.fen)
            }
        }
        for index in obligations.indices where obligations[index].markReason == nil && obligations[index].paid >= obligations[index].amount {
            obligations[index].settled = .kept
        }
        return obligations
    }
}
