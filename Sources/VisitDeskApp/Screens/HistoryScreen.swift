import TUI
import VisitDesk

/// Past visits: date, case, role, outcome, duration — one row each.
enum HistoryScreen {
    static func render(_ history: HistoryState, state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        var title = history.title + " (\(history.rows.count))"
        if !history.query.isEmpty { title += " · /\(history.query)" }
        let inner = Pane(title: title, focused: true).render(in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        if history.rows.isEmpty {
            buffer.write(state.text(UIText.noHistory), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let rows = StringRows(rows: history.rows.map { row(for: $0, state: state, width: inner.width) })
        var list = history.list
        list.scrollToSelection(height: inner.height)
        ListView().render(in: inner, into: &buffer, source: rows, state: list)
    }

    static func row(for visit: VisitListRow, state: AppState, width: Int) -> String {
        let outcome = visit.outcomeCode?.label[state.language]
            ?? visit.endReason?.label[state.language]
            ?? LocalizedText(zh: "进行中", en: "open")[state.language]
        let columns: [(String, Int)] = [
            (state.clock.dateTime(visit.startedAt), 16),
            (visit.caseReference, 13),
            (visit.debtorName, 8),
            (visit.role.label[state.language], 8),
            (outcome, 18),
            (visit.duration.map { SummaryFormat.duration($0, language: state.language) } ?? "—", 10),
        ]
        return columns.map { SafeText.neutralised($0.0).truncated(to: $0.1) }.joined(separator: " ").truncated(to: width)
    }
}

/// A read-only document (a review or a summary) that scrolls. Lines wider than the pane
/// wrap under their own indent, so nothing is cut off.
enum DocumentScreen {
    static func render(title: String, lines: [String], scroll: Int, in area: Rect, into buffer: inout CellBuffer) {
        let inner = Pane(title: title, focused: true).render(in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let lines = lines.flatMap { wrap($0, width: inner.width - 1) }
        let top = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + row, clip: inner)
        }
    }

    private static func wrap(_ line: String, width: Int) -> [String] {
        guard line.displayWidth > width, width > 8 else { return [line] }
        let indent = String(repeating: " ", count: min(line.prefix { $0 == " " }.count + 2, width / 2))
        let parts = line.wrapped(to: width)
        return [parts[0]] + parts.dropFirst().flatMap { (indent + $0).wrapped(to: width) }
    }
}
