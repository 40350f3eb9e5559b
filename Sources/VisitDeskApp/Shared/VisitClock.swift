import Foundation
import VisitDesk

/// Formats times in the configured time zone (the one the rules use).
struct VisitClock: Sendable {
    var timeZone: TimeZone

    /// `10:05`
    func time(_ date: Date) -> String { TimeOfDay.clock(date, in: timeZone) }
    /// `2026-11-20 10:05`
    func dateTime(_ date: Date) -> String { "\(CalendarDay(date, in: timeZone)) \(time(date))" }
}
