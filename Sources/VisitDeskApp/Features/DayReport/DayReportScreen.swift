import TUI
import VisitDesk

/// The day's report (`R`), as `visitdesk report` prints it, laid out for the pane; `[`/`]` (or
/// ←/→) move a day. Loaded by the effect runner (`loadDayReport`).
struct DayReportScreen: Screen {
    enum Action: Hashable {
        case move(ListMotion)
        case previousDay, nextDay, back
    }

    static let title = LocalizedText(zh: "当日工作报告", en: "day report")

    var day: CalendarDay
    /// Nil until the day's report is loaded.
    var report: DayReport?
    /// Why the day's report could not be read, shown in its place until another day is asked for.
    var failure: String?
    var scroll = 0
    /// The report laid out for the last width and language drawn in, so scrolling does not lay it out again.
    private var layout: Layout?

    private struct Layout: Hashable {
        var width: Int
        var language: Language
        var lines: [String]
    }

    init(day: CalendarDay) {
        self.day = day
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        DayKeys.bindings(previous: .previousDay, next: .nextDay, language)
            + [KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "返回", en: "back")[language], action: .back)]
            + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func mode(_ context: DeskContext) -> DeskMode { .review }

    /// The effect that loads the shown day's report.
    var loadEffect: Effect { .loadDayReport(day: day) }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .move(let motion):
            let count = lines(width: context.area.width, language: context.language).count
            scroll = min(motion.scrolled(scroll, page: context.area.height - 2), max(0, count - 1))
            return []
        case .previousDay, .nextDay:
            day = day.adding(days: action == .nextDay ? 1 : -1)
            report = nil
            failure = nil
            layout = nil
            scroll = 0
            return [loadEffect]
        case .back:
            return [.back]
        }
    }

    /// Takes the loaded report when it is for the day shown, laid out for a pane `width` wide.
    mutating func loaded(_ loaded: DayReport, width: Int, language: Language) {
        guard loaded.day == day else { return }
        report = loaded
        layout = Layout(width: width, language: language, lines: Self.lines(loaded, paneWidth: width, language: language))
    }

    /// The day's report could not be read: `reason` is shown instead of "Loading…".
    mutating func failed(_ reason: String) {
        failure = reason
    }

    /// The report's lines for a pane `width` columns wide.
    func lines(width: Int, language: Language) -> [String] {
        guard let report else { return [] }
        if let layout, layout.width == width, layout.language == language { return layout.lines }
        return Self.lines(report, paneWidth: width, language: language)
    }

    /// The report as text for a pane `paneWidth` wide: its borders and `DocumentView`'s margin left out.
    static func lines(_ report: DayReport, paneWidth: Int, language: Language) -> [String] {
        SummaryText(document: report.document(language: language), width: paneWidth - 3).lines
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let title = "\(context.text(Self.title)) · \(day)"
        if let failure {
            DocumentView.render(title: title, lines: WorklistText.failureLines(failure, language: context.language, width: context.area.width - 3),
                                scroll: 0, in: context.area, into: &buffer)
            return
        }
        guard report != nil else {
            DocumentView.render(title: title, lines: [context.text(WorklistText.loading)], scroll: 0,
                                in: context.area, into: &buffer)
            return
        }
        DocumentView.render(title: title, lines: lines(width: context.area.width, language: context.language), scroll: scroll,
                            in: context.area, into: &buffer)
    }
}
