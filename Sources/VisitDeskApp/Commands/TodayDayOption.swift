import ArgumentParser
import Foundation
import VisitDesk

/// `--date D` of the commands about one day (`today`, `report`): `YYYY-MM-DD` or `+Nd`, today
/// (in the configured time zone) when not given.
struct DayOption: ParsableArguments {
    @Option(help: ArgumentHelp("The day: YYYY-MM-DD or +Nd (default: today in the configured time zone).", valueName: "day"))
    var date: String?

    /// The day asked for; a text that is not a day is refused, saying why, in both languages.
    func day(in timeZone: TimeZone, now: Date = Date()) throws(BadDay) -> CalendarDay {
        let today = CalendarDay.today(in: timeZone, now: now)
        guard let date else { return today }
        let day: CalendarDay
        do {
            day = try CalendarDay.parse(date, today: today)
        } catch {
            throw BadDay(text: date, reason: error.message)
        }
        let range = "\(DomainLimits.earliestDay)…\(DomainLimits.latestDay)"
        guard DomainLimits.contains(day) else { throw BadDay(text: date, reason: LocalizedText(zh: "不在 \(range) 之内", en: "outside \(range)")) }
        return day
    }

    /// A `--date` that is not a day the store can hold.
    struct BadDay: ExplainedError {
        var text: String
        var reason: LocalizedText

        var explanation: LocalizedText {
            LocalizedText(zh: "--date \(text) 不是可用的日期：\(reason.zh)", en: "--date \(text) is not a day: \(reason.en)")
        }
    }
}
