import Foundation

/// An amount of renminbi in integer fen. Never a floating-point number.
public struct Money: Codable, Hashable, Comparable, Sendable {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    /// An amount in whole yuan, for amounts written in code (it traps beyond ±¥92 quadrillion).
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// The sum, or nil when it does not fit (only a damaged record holds such amounts).
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = fen.addingReportingOverflow(other.fen)
        return overflow ? nil : Money(fen: sum)
    }

    /// The difference, or nil when it does not fit.
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = fen.subtractingReportingOverflow(other.fen)
        return overflow ? nil : Money(fen: difference)
    }

    /// `count` times this amount, or nil when it does not fit.
    public func multiplied(by count: Int) -> Money? {
        let (product, overflow) = fen.multipliedReportingOverflow(by: Int64(count))
        return overflow ? nil : Money(fen: product)
    }

    /// The total of `amounts`, or nil when it does not fit.
    public static func sum(_ amounts: some Sequence<Money>) -> Money? {
        amounts.reduce(Money.zero as Money?) { total, amount in total?.adding(amount) }
    }

    /// `62120.70` — the decimal form used in JSON, CSV and TOML.
    public var decimalString: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        return "\(sign)\(magnitude / 100).\(String(format: "%02d", Int(magnitude % 100)))"
    }

    /// `¥62,120.70` — the full form shown to people.
    public var formatted: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        var digits = String(magnitude / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "\(sign)¥\(digits)\(grouped).\(String(format: "%02d", Int(magnitude % 100)))"
    }

    /// `¥62k`, `¥8.3k`, `¥450` — a short form for narrow list columns.
    public var compact: String {
        let yuan = Double(fen) / 100
        switch abs(yuan) {
        case ..<1_000: return "¥\(Int(yuan.rounded()))"
        case ..<10_000: return "¥" + String(format: "%.1fk", yuan / 1_000)
        default: return "¥\(Int((yuan / 1_000).rounded()))k"
        }
    }
}
