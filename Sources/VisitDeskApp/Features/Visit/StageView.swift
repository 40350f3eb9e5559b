import TUI
import VisitDesk

/// Draws the stage pane: the stage strip, the outcome and the live rule warnings, each
/// wrapped rather than cut; with no visit open, the case details instead.
struct StageView {
    let session: CaseSession?
    let context: DeskContext

    /// The lines under the stage strip at `width` columns: the outcome, personal data while
    /// revealed, the evidence files attached, and every warning in full.
    static func lines(_ session: CaseSession, _ language: Language, width: Int) -> [(text: String, style: Style)] {
        guard let visit = session.visit else { return [] }
        let t = { (text: LocalizedText) in text[language] }
        var lines: [(text: String, style: Style)] = []
        func add(_ lead: String, _ text: String, _ style: Style) {
            lines += HangingText.lines(lead: lead, text, width: width).map { (text: $0, style: style) }
        }
        if let outcome = visit.outcome {
            add("\(t(UIText.outcome)): ", SafeText.neutralised(OutcomeText.describe(outcome.outcome, role: visit.role, language: language)), Style(.header))
        }
        if session.revealed {
            let loanCase = session.loanCase
            let personal = SafeText.neutralised("\(t(UIText.phone)) \(loanCase.phone) · \(t(UIText.idNumber)) \(loanCase.idNumber) · ")
            add("", personal + t(UIText.revealedNotice), Style(.warning))
        }
        if let evidence = AttachmentText.shortList(visit.attachments, language: language) {
            add("", SafeText.neutralised(evidence), Style(.muted))
        }
        for warning in session.warnings {
            add("⚠ ", warning.text[language], Style(warning.severity == .serious ? .error : .warning, bold: warning.severity == .serious))
        }
        return lines
    }

    func render(into buffer: inout CellBuffer) {
        let t = context.text
        guard let session else {
            let inner = Pane(title: "2 " + t(UIText.stage), focused: context.isFocused).render(in: context.area, into: &buffer)
            buffer.write(t(UIText.noCaseOpen), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        guard let visit = session.visit, let playbook = session.playbook, let stage = session.currentStage else {
            CaseDetailsView(session: session, context: context).render(into: &buffer)
            return
        }
        let number = session.stageIndex + 1
        var title = "2 \(t(UIText.stage)) \(number)/\(playbook.stages.count) · \(SafeText.neutralised(stage.title[context.language]))"
        if visit.isEnded {
            title += " · " + t(visit.isLocked ? UIText.lockedAfter[visit.role] : UIText.afterTheVisit)
        }
        let inner = Pane(title: title, focused: context.isFocused).render(in: context.area, into: &buffer)
        guard !inner.isEmpty else { return }
        let strip = StageStrip(playbook: playbook, visit: visit, current: session.stageIndex, language: context.language,
                               checks: session.checks(timeZone: context.clock.timeZone))
        buffer.write(strip.text(width: inner.width), x: inner.x, y: inner.y, clip: inner)
        for (row, line) in Self.lines(session, context.language, width: inner.width - 1).enumerated() where inner.y + 1 + row < inner.maxY {
            buffer.write(line.text, x: inner.x + 1, y: inner.y + 1 + row, style: line.style, clip: inner)
        }
    }
}
