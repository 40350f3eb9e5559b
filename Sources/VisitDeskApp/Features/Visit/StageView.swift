import TUI
import VisitDesk

/// Draws the stage pane: the stage strip, the outcome and the live rule warnings; with no
/// visit open, the case details instead.
struct StageView {
    let session: CaseSession?
    let context: DeskContext

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
        let strip = StageStrip(playbook: playbook, visit: visit, current: session.stageIndex, language: context.language)
        buffer.write(strip.text(width: inner.width), x: inner.x, y: inner.y, clip: inner)
        var y = inner.y + 1
        if let outcome = visit.outcome, y < inner.maxY {
            buffer.write("\(t(UIText.outcome)): \(SafeText.neutralised(OutcomeText.describe(outcome.outcome, role: visit.role, language: context.language)))",
                         x: inner.x + 1, y: y, style: Style(.header), clip: inner)
            y += 1
        }
        if session.revealed, y < inner.maxY {
            let loanCase = session.loanCase
            let personal = SafeText.neutralised("\(t(UIText.phone)) \(loanCase.phone) · \(t(UIText.idNumber)) \(loanCase.idNumber) · ")
            buffer.write(personal + t(UIText.revealedNotice), x: inner.x + 1, y: y, style: Style(.warning), clip: inner)
            y += 1
        }
        for warning in session.warnings where y < inner.maxY {
            let style = Style(warning.severity == .serious ? .error : .warning, bold: warning.severity == .serious)
            buffer.write("⚠ " + warning.text[context.language], x: inner.x + 1, y: y, style: style, clip: inner)
            y += 1
        }
    }
}
