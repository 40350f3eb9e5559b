/// Why a text is not a date.
public struct CalendarDayParseError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What exactly was wrong with the text.
    public enum Problem: Equatable, Sendable {
        case empty
        case badFormat
        case noSuchDay
        case tooFarAhead
    }

    public var text: String
    public var problem: Problem

    public init(text: String, problem: Problem) {
        self.text = text
        self.problem = problem
    }

    /// The problem in both languages, for a form that shows it beside the field.
    public var message: LocalizedText {
        switch problem {
        case .empty: LocalizedText(zh: "请输入日期", en: "no date given")
        case .badFormat: LocalizedText(zh: "请写成 2026-03-01 或 +7d（7 天后）", en: "write 2026-03-01, or +7d for seven days from today")
        case .noSuchDay: LocalizedText(zh: "没有这一天", en: "there is no such day")
        case .tooFarAhead: LocalizedText(zh: "最多十年以后", en: "at most ten years ahead")
        }
    }

    public var description: String { "\"\(text)\" is not a date: \(message.en)" }
}
