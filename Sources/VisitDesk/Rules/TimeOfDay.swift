import Foundation

/// A wall-clock time such as `08:00`, for working hours.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Reads `HH:MM` (24-hour); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), (0...59).contains(minute),
              hour < 24 || minute == 0
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The wall-clock time of `date` in `timeZone`, to the second.
    public static func secondsIntoDay(_ date: Date, in timeZone: TimeZone) -> Int {
        let local = Int((date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))).rounded(.down))
        return ((local % 86_400) + 86_400) % 86_400
    }

    /// `21:05` for `date` in `timeZone`.
    public static func clock(_ date: Date, in timeZone: TimeZone) -> String {
        let seconds = secondsIntoDay(date, in: timeZone)
        return TimeOfDay(hour: seconds / 3_600, minute: seconds / 60 % 60).description
    }

    public var secondsIntoDay: Int { (hour * 60 + minute) * 60 }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.secondsIntoDay < b.secondsIntoDay }

    public var description: String {
        (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }
}
