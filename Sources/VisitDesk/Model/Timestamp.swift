import Foundation

/// Times as written in the audit log and in JSON: UTC ISO 8601 with milliseconds,
/// `2025-03-01T02:05:00.000Z`. Times are kept to the millisecond so that they read back equal.
public enum Timestamp {
    /// `date` rounded to the nearest millisecond.
    public static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    /// `2025-03-01T02:05:00.000Z`.
    public static func iso8601(_ date: Date) -> String {
        let ms = milliseconds(date)
        let dayNumber = Int(ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000)
        let msOfDay = Int(ms - Int64(dayNumber) * 86_400_000)
        let day = CalendarDay(dayNumber: dayNumber)
        return "\(day)T\(two(msOfDay / 3_600_000)):\(two(msOfDay / 60_000 % 60)):\(two(msOfDay / 1000 % 60)).\(three(msOfDay % 1000))Z"
    }

    /// Reads what `iso8601` writes; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count == 24, chars[10] == UInt8(ascii: "T"), chars[23] == UInt8(ascii: "Z"),
              let day = try? CalendarDay.parse(String(text.prefix(10)), today: CalendarDay(year: 1970, month: 1, day: 1)),
              let hours = number(chars[11..<13]), chars[13] == UInt8(ascii: ":"),
              let minutes = number(chars[14..<16]), chars[16] == UInt8(ascii: ":"),
              let seconds = number(chars[17..<19]), chars[19] == UInt8(ascii: "."),
              let millis = number(chars[20..<23]), hours < 24, minutes < 60, seconds < 60
        else { return nil }
        let ms = Int64(day.dayNumber) * 86_400_000 + Int64(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis)
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func three(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
}
