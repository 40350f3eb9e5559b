import TUI
import VisitDesk

/// `✓1 Notice ◐2 1/2 ▶3 Arrival ·4 Identity …`: the stages the visit has been
/// in — ✓ when every required item is settled (done, not applicable, or skipped with a
/// reason), ◐ with settled/required when it was left with required items open —, the
/// current one, and those ahead; a window around the current stage when space is short.
struct StageStrip {
    let playbook: Playbook
    let visit: VisitState
    let current: Int
    let language: Language
    /// What the case's records say of the playbook's record checks.
    var checks = RecordChecks()

    func text(width: Int) -> String {
        let progress = visit.progress(in: playbook, checks: checks)
        let tokens = zip(playbook.stages, progress).enumerated().map { index, pair in
            Self.token(number: index + 1, title: SafeText.neutralised(pair.0.title[language]), pair.1, isCurrent: index == current)
        }
        // Start at the first stage if that still shows the next one; else one before the current.
        let throughNext = tokens[0...min(current + 1, tokens.count - 1)].joined(separator: " ")
        let first = throughNext.displayWidth <= width - 2 ? 0 : max(0, current - 1)
        var shown = Array(tokens[first...])
        if first > 0 { shown.insert("…", at: 0) }
        while shown.joined(separator: " ").displayWidth > width, shown.count > 2 {
            shown.removeLast()
            if shown.last != "…" { shown[shown.count - 1] = "…" }
        }
        return shown.joined(separator: " ")
    }

    /// `▶3 Arrival` current, `✓3 Arrival` settled, `◐3 2/5` left with required items open
    /// (settled/required: the count says more than the name), `·3 Arrival` not reached.
    static func token(number: Int, title: String, _ progress: StageProgress, isCurrent: Bool) -> String {
        let title = shortTitle(title)
        if isCurrent { return "▶\(number) \(title)" }
        guard progress.wasEntered else { return "·\(number) \(title)" }
        if progress.isResolved { return "✓\(number) \(title)" }
        return "◐\(number) \(progress.resolvedCount)/\(progress.requiredCount)"
    }

    private static func shortTitle(_ title: String) -> String {
        let word = title.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "与" }).first.map(String.init) ?? title
        return word.displayWidth > 12 ? word.truncated(to: 12) : word
    }
}
