import Foundation

/// Moves the demo's story to the day the demo is created: the scripts are written for
/// `DemoData.storyDay` and every date and time in them passes through a shift of whole days,
/// so a new user sees yesterday's broken promise, today's appointments and next week's
/// instalment whenever they start. Shanghai has no daylight saving time: a whole day is
/// always 86,400 seconds and times of day stay what the script says.
struct DemoShift: Sendable {
    var days: Int

    /// The shift that moves `storyDay` to `today`.
    init(from storyDay: CalendarDay, to today: CalendarDay) {
        days = storyDay.days(until: today)
    }

    init(days: Int) {
        self.days = days
    }

    static let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// The script's day, shifted.
    func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day).adding(days: days)
    }

    /// The script's time in Shanghai, shifted.
    func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        self.day(year, month, day).start(in: Self.zone).addingTimeInterval(Double(hour * 3600 + minute * 60))
    }
}
