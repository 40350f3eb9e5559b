import TUI
import VisitDesk

/// The case list: reference, name, amount and days overdue per row, personal data never shown.
enum CaseListPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        var title = "\(state.text(UIText.cases)) (\(state.cases.count))"
        if !state.cases.query.isEmpty { title += " · /\(state.cases.query)" }
        let inner = Pane(title: "1 " + title, focused: state.focus == .cases && state.screens.isEmpty).render(in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        if state.cases.loaded, state.cases.count == 0 {
            buffer.write(state.text(UIText.noMatches), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let rows = CaseRows(cases: state.cases, width: inner.width, language: state.language, openCaseID: state.openCase?.loanCase.id)
        ListView().render(in: inner, into: &buffer, source: rows, state: state.cases.list)
    }
}

/// The case list as text rows, read from the loaded window only.
struct CaseRows: ListDataSource {
    let cases: CaseListState
    let width: Int
    let language: Language
    let openCaseID: Int64?

    var count: Int { cases.count }

    func row(at index: Int) -> String {
        guard let loanCase = cases.row(at: index) else { return "…" }
        let marker = loanCase.id == openCaseID ? "▶" : " "
        let right = " \(loanCase.outstanding.compact) \(loanCase.daysOverdue)\(UIText.daysUnit[language])"
        let leftWidth = max(1, width - right.displayWidth)
        let left = SafeText.neutralised("\(marker)\(loanCase.reference) \(loanCase.debtorName)").truncated(to: leftWidth)
        return left + right
    }
}
