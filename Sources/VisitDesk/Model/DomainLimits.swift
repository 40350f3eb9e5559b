/// The ranges every number of the domain must fall in. Each entry point (CSV import, forms,
/// TOML) checks against these; the computations use checked arithmetic besides, so a
/// database written outside these limits still folds and summarises.
public enum DomainLimits {
    /// ¥1,000,000,000.00 — no single debt, payment or income is larger.
    public static let maximumAmount = Money(fen: 100_000_000_000)
    /// Fifty years of monthly payments.
    public static let maximumInstalments = 600
    /// A hundred years.
    public static let maximumDaysOverdue = 36_500
    /// The first day a date in a record may name.
    public static let earliestDay = CalendarDay(year: 2000, month: 1, day: 1)
    /// The last day a date in a record may name.
    public static let latestDay = CalendarDay(year: 2100, month: 12, day: 31)

    /// Whether `amount` is an amount of money the domain accepts (zero included).
    public static func contains(_ amount: Money) -> Bool {
        (Money.zero...maximumAmount).contains(amount)
    }

    /// Whether `day` is a real day between `earliestDay` and `latestDay`.
    public static func contains(_ day: CalendarDay) -> Bool {
        day.isValid && (earliestDay...latestDay).contains(day)
    }
}
