import Foundation

/// Reads what a person typed for a case record — the desk's contact forms and `visitdesk
/// contact` read the same way and refuse the same things, each with a bilingual reason.
public enum CaseRecordEntry {
    /// Why a typed value cannot be recorded.
    public struct Refusal: Error, Equatable, Sendable {
        public var message: LocalizedText
        public init(_ message: LocalizedText) { self.message = message }
    }

    /// A contact attempt may be dated at most this far ahead of the clock (a clock a little off).
    public static let futureAllowance: TimeInterval = 60

    /// When a contact attempt was made: empty is `now`; `HH:MM` is today; `YYYY-MM-DD HH:MM`.
    /// Refused when it lies outside the domain's days or more than a minute in the future.
    public static func contactTime(_ text: String, now: Date, timeZone: TimeZone) throws(Refusal) -> Date {
        let trimmed = String(text.trimmingWhitespace())
        if trimmed.isEmpty { return now }
        let today = CalendarDay(now, in: timeZone)
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let day: CalendarDay
        let timeText: String
        switch parts.count {
        case 1:
            (day, timeText) = (today, parts[0])
        case 2:
            do {
                day = try CalendarDay.parse(parts[0], today: today)
            } catch {
                throw Refusal(LocalizedText(zh: "请写成 2026-11-28 14:30 或 14:30（今天）", en: "write 2026-11-28 14:30, or 14:30 for today"))
            }
            timeText = parts[1]
        default:
            throw Refusal(LocalizedText(zh: "请写成 2026-11-28 14:30 或 14:30（今天）", en: "write 2026-11-28 14:30, or 14:30 for today"))
        }
        guard let time = TimeOfDay(timeText), time.hour < 24 else {
            throw Refusal(LocalizedText(zh: "时间 \(SafeText.neutralised(timeText)) 不是 HH:MM（如 14:30）",
                                        en: "the time \(SafeText.neutralised(timeText)) is not HH:MM (e.g. 14:30)"))
        }
        try requireWithinRange(day, what: LocalizedText(zh: "联系日期", en: "the contact day"))
        let at = day.start(in: timeZone).addingTimeInterval(TimeInterval(time.secondsIntoDay))
        guard at.timeIntervalSince(now) <= futureAllowance else {
            throw Refusal(LocalizedText(zh: "联系时间不能晚于现在", en: "the contact time cannot be in the future"))
        }
        return at
    }

    /// The day of an appointment or a next action: `YYYY-MM-DD` or `+Nd`, not before today.
    public static func futureDay(_ text: String, today: CalendarDay) throws(Refusal) -> CalendarDay {
        let day: CalendarDay
        do {
            day = try CalendarDay.parse(text, today: today)
        } catch {
            throw Refusal(error.message)
        }
        try requireWithinRange(day, what: LocalizedText(zh: "日期", en: "the day"))
        guard day >= today else {
            throw Refusal(LocalizedText(zh: "\(day) 已经过去；请写今天或以后的日期", en: "\(day) has passed; give today or a later day"))
        }
        return day
    }

    /// The time of an appointment, `HH:MM`, within the rules' visiting hours (a visit may not
    /// be booked outside them).
    public static func appointmentTime(_ text: String, rules: RuleConfig) throws(Refusal) -> TimeOfDay {
        let trimmed = String(text.trimmingWhitespace())
        guard let time = TimeOfDay(trimmed), time.hour < 24 else {
            throw Refusal(LocalizedText(zh: "请写成 HH:MM（如 14:30）", en: "write HH:MM (e.g. 14:30)"))
        }
        guard rules.workdayStart <= time, time <= rules.workdayEnd else {
            let hours = "\(rules.workdayStart)–\(rules.workdayEnd)"
            throw Refusal(LocalizedText(zh: "\(time) 不在允许的上门时间 \(hours) 内", en: "\(time) is outside visiting hours \(hours)"))
        }
        return time
    }

    /// An appointment as the command line gives it: `YYYY-MM-DD HH:MM` (or `+Nd HH:MM`).
    public static func appointmentMoment(_ text: String, today: CalendarDay, rules: RuleConfig) throws(Refusal) -> (CalendarDay, TimeOfDay) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 2 else {
            throw Refusal(LocalizedText(zh: "请写成 \"2026-12-05 14:30\"", en: "write \"2026-12-05 14:30\""))
        }
        return (try futureDay(parts[0], today: today), try appointmentTime(parts[1], rules: rules))
    }

    /// The visitors of an appointment, `name[/badge], …` as at the start of a visit.
    public static func visitors(_ text: String) throws(Refusal) -> [Visitor] {
        try requireSafe(text)
        switch VisitorList.parse(text) {
        case .success(let visitors): return visitors
        case .failure(let error): throw Refusal(LocalizedText(zh: error.message(.zh), en: error.message(.en)))
        }
    }

    /// A text to keep (a note, a place, a reason): no control characters; line breaks only where `allowing`.
    public static func text(_ text: String, required: Bool = false, allowing allowance: SafeText.Allowance = []) throws(Refusal) -> String {
        try requireSafe(text, allowing: allowance)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if required, trimmed.isEmpty { throw Refusal(LocalizedText(zh: "必填", en: "required")) }
        return trimmed
    }

    private static func requireSafe(_ text: String, allowing allowance: SafeText.Allowance = []) throws(Refusal) {
        if let unsafe = SafeText.firstUnsafeCharacter(in: text, allowing: allowance) {
            throw Refusal(LocalizedText(zh: "第 \(unsafe.column) 个字符是控制字符 \(unsafe.name)，请删除",
                                        en: "character \(unsafe.column) is the control character \(unsafe.name); remove it"))
        }
    }

    private static func requireWithinRange(_ day: CalendarDay, what: LocalizedText) throws(Refusal) {
        guard DomainLimits.contains(day) else {
            let range = "\(DomainLimits.earliestDay)…\(DomainLimits.latestDay)"
            throw Refusal(LocalizedText(zh: "\(what.zh) \(day) 不在 \(range) 之内", en: "\(what.en) \(day) is outside \(range)"))
        }
    }
}
