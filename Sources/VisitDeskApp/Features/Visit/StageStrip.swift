import TUI
import VisitDesk

/// `✓1 Notice ✓2 Appointment ▶3 Arrival ·4 Identity …`: stages already entered, the current
/// one, and those ahead — a window around the current stage when space is short.
struct StageStrip {
    let playbook: Playbook
    let visit: VisitState
    let current: Int
    let language: Language

    func text(width: Int) -> String {
        // A visit starts in the first stage, so it counts as entered.
        let entered = Set(visit.stageHistory.map(\.stageID) + playbook.stages.prefix(1).map(\.id))
        let tokens = playbook.stages.enumerated().map { index, stage in
            let mark = index == current ? "▶" : (entered.contains(stage.id) ? "✓" : "·")
            return "\(mark)\(index + 1) \(Self.shortTitle(SafeText.neutralised(stage.title[language])))"
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

    private static func shortTitle(_ title: String) -> String {
        let word = title.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "与" }).first.map(String.init) ?? title
        return word.displayWidth > 12 ? word.truncated(to: 12) : word
    }
}
