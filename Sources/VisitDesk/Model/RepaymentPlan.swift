/// How often instalments fall due.
public enum PlanFrequency: String, Codable, Sendable, CaseIterable {
    case weekly, biweekly, monthly
}

/// One due payment of a plan.
public struct Instalment: Codable, Hashable, Sendable {
    public var number: Int
    public var due: CalendarDay
    public var amount: Money

    public init(number: Int, due: CalendarDay, amount: Money) {
        self.number = number
        self.due = due
        self.amount = amount
    }
}

/// An agreed repayment plan. The schedule (down payment plus instalments) sums exactly to
/// `total`; the last instalment absorbs the rounding.
public struct RepaymentPlan: Codable, Hashable, Sendable {
    public var total: Money
    public var downPayment: Money
    public var instalmentCount: Int
    public var frequency: PlanFrequency
    public var firstDue: CalendarDay
    public var method: PaymentMethod
    /// What the debtor said they earn a month, for the affordability rule.
    public var statedMonthlyIncome: Money?
    public var schedule: [Instalment]

    public init(total: Money, downPayment: Money, instalmentCount: Int, frequency: PlanFrequency,
                firstDue: CalendarDay, method: PaymentMethod, statedMonthlyIncome: Money?, schedule: [Instalment]) {
        self.total = total
        self.downPayment = downPayment
        self.instalmentCount = instalmentCount
        self.frequency = frequency
        self.firstDue = firstDue
        self.method = method
        self.statedMonthlyIncome = statedMonthlyIncome
        self.schedule = schedule
    }
}
