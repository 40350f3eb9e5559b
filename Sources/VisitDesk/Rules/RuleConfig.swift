import Foundation

/// The settings of the compliance rules. Defaults: working hours 08:00–21:00 in the system
/// time zone, instalments at most 50% of stated monthly income, at least two visitors.
public struct RuleConfig: Hashable, Sendable {
    /// The earliest time a visit may take place.
    public var workdayStart: TimeOfDay
    /// The latest time a visit may take place (this minute itself still counts as inside).
    public var workdayEnd: TimeOfDay
    /// The time zone the working hours are in, and summaries show times in.
    public var timeZone: TimeZone
    /// The largest share of the debtor's stated monthly income a plan may ask per month, in percent.
    public var maxInstalmentPercent: Int
    /// The fewest visitors an agent visit should have.
    public var minVisitors: Int

    public init(workdayStart: TimeOfDay = TimeOfDay(hour: 8, minute: 0), workdayEnd: TimeOfDay = TimeOfDay(hour: 21, minute: 0),
                timeZone: TimeZone = .current, maxInstalmentPercent: Int = 50, minVisitors: Int = 2) {
        self.workdayStart = workdayStart
        self.workdayEnd = workdayEnd
        self.timeZone = timeZone
        self.maxInstalmentPercent = maxInstalmentPercent
        self.minVisitors = minVisitors
    }

    /// The defaults, in the system time zone.
    public static var `default`: RuleConfig { RuleConfig() }

    /// Whether `date` falls within working hours, both ends included to the minute.
    public func isWithinWorkingHours(_ date: Date) -> Bool {
        let seconds = TimeOfDay.secondsIntoDay(date, in: timeZone)
        return seconds >= workdayStart.secondsIntoDay && seconds < workdayEnd.secondsIntoDay + 60
    }
}
