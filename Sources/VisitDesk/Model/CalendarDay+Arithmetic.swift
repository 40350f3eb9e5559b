import Foundation

extension CalendarDay {
    /// Whether the numbers name a real day of the Gregorian calendar.
    public var isValid: Bool {
        (1...9999).contains(year) && (1...12).contains(month)
            && (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
    }

    /// The years the arithmetic below works in. A day outside them, or with a month or day
    /// number that does not exist (only a damaged record holds one), is first moved to the
    /// nearest day inside, so that no computation with dates can overflow.
    static let computableYears = -1_000_000...1_000_000

    /// The day numbers of `computableYears`.
    static let computableDayNumbers = CalendarDay(year: computableYears.lowerBound, month: 1, day: 1).dayNumber
        ... CalendarDay(year: computableYears.upperBound, month: 12, day: 31).dayNumber

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        let year = year.clamped(to: CalendarDay.computableYears)
        let month = month.clamped(to: 1...12)
        let day = day.clamped(to: 1...31)
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (the nearest computable day for a number beyond them).
    public init(dayNumber: Int) {
        let z = dayNumber.clamped(to: CalendarDay.computableDayNumbers) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The calendar day that `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = Int((date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))).rounded(.down))
        self.init(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// Today in `timeZone`, as seen from `now`.
    public static func today(in timeZone: TimeZone, now: Date = Date()) -> CalendarDay {
        CalendarDay(now, in: timeZone)
    }

    /// Midnight at the start of this day in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        let utcMidnight = Date(timeIntervalSince1970: Double(dayNumber) * 86_400)
        return utcMidnight.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: utcMidnight)))
    }

    /// This day moved by `days` (negative moves back); beyond the computable years it stops at their edge.
    public func adding(days: Int) -> CalendarDay {
        let (moved, overflow) = dayNumber.addingReportingOverflow(days)
        return CalendarDay(dayNumber: overflow ? (days > 0 ? Int.max : Int.min) : moved)
    }

    /// The same day of the month `months` later; the 31st becomes the last day of a shorter month.
    /// Beyond the computable years it stops at their edge.
    public func adding(months: Int) -> CalendarDay {
        let years = CalendarDay.computableYears
        let start = year.clamped(to: years) * 12 + (month.clamped(to: 1...12) - 1)
        let (moved, overflow) = start.addingReportingOverflow(months)
        let index = (overflow ? (months > 0 ? Int.max : Int.min) : moved)
            .clamped(to: years.lowerBound * 12...years.upperBound * 12 + 11)
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, CalendarDay.daysIn(month: newMonth, year: newYear)))
    }

    /// Whole days from this day to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDay) -> Int {
        other.dayNumber - dayNumber
    }

    /// Reads `YYYY-MM-DD` or `+Nd` (N days after `today`).
    public static func parse(_ text: String, today: CalendarDay) throws(CalendarDayParseError) -> CalendarDay {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw CalendarDayParseError(text: text, problem: .empty) }
        if trimmed.first == "+" {
            guard trimmed.count >= 3, trimmed.last == "d" || trimmed.last == "D",
                  let days = Int(trimmed.dropFirst().dropLast()), trimmed.dropFirst().first?.isNumber == true
            else { throw CalendarDayParseError(text: text, problem: .badFormat) }
            guard days <= 3_650 else { throw CalendarDayParseError(text: text, problem: .tooFarAhead) }
            return today.adding(days: days)
        }
        let fields = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
        else { throw CalendarDayParseError(text: text, problem: .badFormat) }
        let result = CalendarDay(year: year, month: month, day: day)
        guard result.isValid else { throw CalendarDayParseError(text: text, problem: .noSuchDay) }
        return result
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
