import TUI
import VisitDesk

/// The current stage: the stage strip, and the live rule warnings. With no visit open it
/// shows the case details instead.
enum StagePane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let focused = state.focus == .stage
        guard let open = state.openCase else {
            let inner = Pane(title: "2 " + state.text(UIText.stage), focused: focused).render(in: area, into: &buffer)
            buffer.write(state.text(UIText.noCaseOpen), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        guard let visit = open.visit, let playbook = open.playbook, let stage = open.currentStage else {
            renderCaseDetails(open, state: state, focused: focused, in: area, into: &buffer)
            return
        }
        let number = open.stageIndex + 1
        var title = "2 \(state.text(UIText.stage)) \(number)/\(playbook.stages.count) · \(SafeText.neutralised(stage.title[state.language]))"
        if visit.isEnded {
            title += " · " + state.text(visit.endReason == .askedToLeave ? UIText.locked : UIText.ended)
        }
        let inner = Pane(title: title, focused: focused).render(in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        buffer.write(strip(playbook, visit: visit, current: open.stageIndex, language: state.language, width: inner.width), x: inner.x, y: inner.y, clip: inner)
        var y = inner.y + 1
        if let outcome = visit.outcome, y < inner.maxY {
            buffer.write("\(state.text(UIText.outcome)): \(SafeText.neutralised(OutcomeText.describe(outcome.outcome, language: state.language)))",
                         x: inner.x + 1, y: y, style: Style(.header), clip: inner)
            y += 1
        }
        if open.revealed, y < inner.maxY {
            let personal = SafeText.neutralised("\(state.text(UIText.phone)) \(open.loanCase.phone) · \(state.text(UIText.idNumber)) \(open.loanCase.idNumber) · ")
            buffer.write(personal + state.text(UIText.revealedNotice), x: inner.x + 1, y: y, style: Style(.warning), clip: inner)
            y += 1
        }
        for warning in open.warnings where y < inner.maxY {
            let style = Style(warning.severity == .serious ? .error : .warning, bold: warning.severity == .serious)
            buffer.write("⚠ " + warning.text[state.language], x: inner.x + 1, y: y, style: style, clip: inner)
            y += 1
        }
    }

    /// `✓1 Notice ✓2 Appointment ▶3 Arrival ·4 Identity …`: stages already entered, the
    /// current one, and those ahead — a window around the current stage when space is short.
    static func strip(_ playbook: Playbook, visit: VisitState, current: Int, language: Language, width: Int) -> String {
        // A visit starts in the first stage, so it counts as entered.
        let entered = Set(visit.stageHistory.map(\.stageID) + playbook.stages.prefix(1).map(\.id))
        let tokens = playbook.stages.enumerated().map { index, stage in
            let mark = index == current ? "▶" : (entered.contains(stage.id) ? "✓" : "·")
            return "\(mark)\(index + 1) \(shortTitle(SafeText.neutralised(stage.title[language])))"
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

    private static func renderCaseDetails(_ open: OpenCase, state: AppState, focused: Bool, in area: Rect, into buffer: inout CellBuffer) {
        let loanCase = open.loanCase
        let inner = Pane(title: "2 \(state.text(UIText.caseDetails)) · \(SafeText.neutralised(loanCase.reference))", focused: focused)
            .render(in: area, into: &buffer)
        let t = state.text
        let rows: [(String, String)] = [
            (loanCase.debtorName, loanCase.product),
            (t(UIText.phone), open.revealed ? loanCase.phone : loanCase.maskedPhone),
            (t(UIText.idNumber), open.revealed ? loanCase.idNumber : loanCase.maskedIDNumber),
            (t(UIText.address), loanCase.address),
            (t(UIText.outstanding), "\(loanCase.outstanding.formatted) · \(t(UIText.overdue)) \(loanCase.daysOverdue)\(t(UIText.daysUnit))"),
            (t(UIText.status), loanCase.status.label[state.language]),
            (t(UIText.tags), loanCase.tags.joined(separator: ", ")),
        ]
        let labelWidth = rows.map { $0.0.displayWidth }.max() ?? 0
        var y = inner.y
        for (label, value) in rows where y < inner.maxY {
            buffer.write(SafeText.neutralised(label).truncated(to: labelWidth), x: inner.x + 1, y: y, style: Style(.muted), clip: inner)
            buffer.write(SafeText.neutralised(value), x: inner.x + 2 + labelWidth, y: y, clip: inner)
            y += 1
        }
        if open.revealed, y < inner.maxY {
            buffer.write(t(UIText.revealedNotice), x: inner.x + 1, y: y, style: Style(.warning), clip: inner)
            y += 1
        }
        if y < inner.maxY {
            buffer.write(t(open.visit == nil ? UIText.noVisit : UIText.ended), x: inner.x + 1, y: y, style: Style(.muted), clip: inner)
        }
    }
}
