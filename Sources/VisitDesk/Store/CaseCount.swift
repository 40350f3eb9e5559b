/// How many cases a search matched. Counting stops at `CaseCount.cap`: past it the list says
/// "10,000+" rather than spend its time counting a district's worth of cases.
public struct CaseCount: Hashable, Sendable {
    /// Counted exactly up to here.
    public static let cap = 10_000

    public var value: Int
    /// More than `value` match.
    public var isAtLeast: Bool

    public init(value: Int, isAtLeast: Bool = false) {
        self.value = value
        self.isAtLeast = isAtLeast
    }

    /// "10,000+" or "42".
    public var text: String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return isAtLeast ? grouped + "+" : grouped
    }
}
