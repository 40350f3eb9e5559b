import TUI
import VisitDesk

/// The detail strip under the checklist: the selected item in full — its text, whether it
/// is required, the playbook's hint for it, its state with the time, the skip reason and the
/// figures a recorded plan put on it —
/// wrapped to the pane, never cut.
struct ItemDetail {
    let item: ChecklistItem
    let marked: MarkedItem?
    /// What the case's records say, for an item they answer.
    var check: RecordCheckResult?
    let language: Language
    let clock: VisitClock

    /// The strip's lines at `width` columns, each with its style.
    func lines(width: Int) -> [(text: String, style: Style)] {
        let t = { (text: LocalizedText) in text[language] }
        var lines: [(text: String, style: Style)] = []
        func add(_ lead: String, _ text: String, _ style: Style) {
            lines += HangingText.lines(lead: lead, SafeText.neutralised(text), width: width).map { (text: $0, style: style) }
        }
        let mark = marked?.mark ?? .pending
        add("", item.text[language] + (item.required ? t(UIText.requiredItem) : ""), Style(.header, bold: true))
        if let check {
            add("", (check.isSatisfied ? "✓ " : "✗ ") + check.explanation[language], Style(check.isSatisfied ? .itemDone : .warning))
        }
        if let hint = item.hint?[language], !hint.isEmpty {
            add(t(UIText.hint), hint, Style(.muted))
        }
        if check != nil { return lines }
        var state = mark.label[language]
        if let marked { state += " · " + clock.time(marked.at) }
        if case .skipped(let reason) = mark {
            state += " · " + t(UIText.reason) + (reason.isEmpty ? t(UIText.noReasonGiven) : reason)
        }
        if let figures = marked?.figures { state += " · " + t(figures) }
        add("", state, Style(mark.role))
        return lines
    }
}
