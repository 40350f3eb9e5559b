import TUI
import VisitDesk

/// The day's work across all cases (`t`): appointments in time order, obligations due or
/// lapsed, cases whose next action is due; `[`/`]` (or ←/→) move a day, Enter opens the case of
/// the selected line. The lines are loaded by the effect runner (`loadWorklist`), so a key is
/// never kept waiting on the store.
struct WorklistScreen: Screen {
    enum Action: Hashable {
        case move(ListMotion)
        case previousDay, nextDay, openCase, back
    }

    static let title = LocalizedText(zh: "今日工作", en: "worklist")

    var day: CalendarDay
    /// Nil until the day's lines are loaded.
    var worklist: Worklist?
    /// Why the day's lines could not be read, shown in their place until another day is asked for.
    var failure: String?
    var list = ListState()

    init(day: CalendarDay) {
        self.day = day
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        [KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "打开案件", en: "open case")[language], action: .openCase)]
            + DayKeys.bindings(previous: .previousDay, next: .nextDay, language)
            + [KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "返回", en: "back")[language], action: .back)]
            + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func mode(_ context: DeskContext) -> DeskMode { .review }

    /// The effect that loads the shown day's lines.
    var loadEffect: Effect { .loadWorklist(day: day) }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .move(let motion):
            let rows = lines(context.language)
            list.apply(motion, count: rows.count, height: max(1, context.area.height - 2))
            list.selected = Self.selectable(rows, from: list.selected, towards: motion == .up || motion == .pageUp || motion == .bottom ? -1 : 1)
            return []
        case .previousDay, .nextDay:
            day = day.adding(days: action == .nextDay ? 1 : -1)
            worklist = nil
            failure = nil
            list = ListState()
            return [loadEffect]
        case .openCase:
            let rows = lines(context.language)
            guard rows.indices.contains(list.selected), let caseID = rows[list.selected].caseID else { return [] }
            return [.back, .openCase(id: caseID)]
        case .back:
            return [.back]
        }
    }

    /// Takes the loaded lines when they are for the day shown (an older answer is dropped).
    mutating func loaded(_ loaded: Worklist) {
        guard loaded.day == day else { return }
        worklist = loaded
        list = ListState(selected: Self.selectable(lines(.en), from: 0, towards: 1))
    }

    /// The day's lines could not be read: `reason` is shown instead of "Loading…".
    mutating func failed(_ reason: String) {
        failure = reason
    }

    /// One line of the screen: a section heading, an empty-section note, or a case's line.
    struct Line: ListRowConvertible {
        var row: ListRow
        var caseID: Int64?
        var listRow: ListRow { row }
    }

    /// The nearest line with a case from `index` in `direction`, else the other way, else `index`.
    private static func selectable(_ rows: [Line], from index: Int, towards direction: Int) -> Int {
        for step in [direction, -direction] {
            var probe = index
            while rows.indices.contains(probe) {
                if rows[probe].caseID != nil { return probe }
                probe += step
            }
        }
        return index
    }

    /// Every line, headings included, in `language`.
    func lines(_ language: Language) -> [Line] {
        guard let worklist else { return [] }
        typealias Text = WorklistText
        func heading(_ text: String) -> Line { Line(row: ListRow(text, style: Style(.header, bold: true)), caseID: nil) }
        func none() -> Line { Line(row: ListRow("  " + Text.none[language], style: Style(.muted)), caseID: nil) }
        // Each cell cut to its column and padded to it but the last; the row is cut at the pane's edge.
        func columns(_ cells: [String], _ widths: [Int]) -> String {
            zip(cells, widths).enumerated().map { index, column in
                let fitted = SafeText.neutralised(column.0).fitted(to: column.1)
                return index == min(cells.count, widths.count) - 1 ? fitted : fitted + String(repeating: " ", count: column.1 - fitted.displayWidth)
            }.joined(separator: " ")
        }
        var out = [heading("\(Text.appointments[language]) (\(worklist.appointments.count))")]
        out += worklist.appointments.map { line in
            var cells = Text.cells(line, language: language)
            cells[3] = line.appointment.confirmed ? "✓" : "?"
            return Line(row: ListRow("  " + columns(cells, [5, 12, 8, 1, 14, 40, 60])), caseID: line.label.caseID)
        }
        if worklist.appointments.isEmpty { out.append(none()) }
        out.append(heading(Text.obligationsHeading(worklist, language: language)))
        out += worklist.obligations.map { line in
            let cells = Text.cells(line, language: language)
            let amount = cells[4].fitted(to: 12)
            let row = "  " + columns([cells[0], cells[1], cells[2], String(repeating: " ", count: 12 - amount.displayWidth) + amount, cells[6], cells[7]],
                                     [12, 8, 7, 12, 11, 24])
            let broken = line.state == .broken || line.state == .partlyKept
            return Line(row: ListRow(row, style: broken ? Style(.warning) : nil), caseID: line.label.caseID)
        }
        if worklist.obligations.isEmpty { out.append(none()) }
        out.append(heading(Text.nextActionsHeading(worklist, language: language)))
        out += worklist.nextActions.map { line in
            Line(row: ListRow("  " + columns(Text.cells(line, language: language), [10, 12, 8, 14])), caseID: line.label.caseID)
        }
        if worklist.nextActions.isEmpty { out.append(none()) }
        return out
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let title = "\(context.text(WorklistText.title)) · \(day)"
        let inner = Pane(title: title, focused: true).render(in: context.area, into: &buffer)
        guard !inner.isEmpty else { return }
        if let failure {
            let lines = WorklistText.failureLines(failure, language: context.language, width: inner.width - 1)
            for (row, line) in lines.enumerated() where inner.y + row < inner.maxY {
                buffer.write(line, x: inner.x + 1, y: inner.y + row, style: Style(row < lines.count - 1 ? .warning : .muted), clip: inner)
            }
            return
        }
        guard worklist != nil else {
            buffer.write(context.text(WorklistText.loading), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        var list = list
        list.scrollToSelection(height: inner.height)
        ListView().render(in: inner, into: &buffer, source: ArrayListSource(lines(context.language)), state: list)
    }
}
