/// A repayment the lender received, as its records say: posted to a case by the payments import.
public struct Payment: Codable, Hashable, Sendable {
    /// The day the money was received.
    public var day: CalendarDay
    public var amount: Money
    /// Where the record came from: the imported file's name and line (`repayments.csv:12`).
    public var source: String

    public init(day: CalendarDay, amount: Money, source: String) {
        self.day = day
        self.amount = amount
        self.source = source
    }
}
