import TUI
import VisitDesk

/// The shown case before a visit: name, product, masked phone and ID (in full once
/// revealed), address, debt, status and tags.
struct CaseDetailsView {
    let session: CaseSession
    let context: DeskContext

    func render(into buffer: inout CellBuffer) {
        let loanCase = session.loanCase
        let t = context.text
        let inner = Pane(title: "2 \(t(UIText.caseDetails)) · \(SafeText.neutralised(loanCase.reference))", focused: context.isFocused)
            .render(in: context.area, into: &buffer)
        let rows: [(String, String)] = [
            (loanCase.debtorName, loanCase.product),
            (t(UIText.phone), session.revealed ? loanCase.phone : loanCase.maskedPhone),
            (t(UIText.idNumber), session.revealed ? loanCase.idNumber : loanCase.maskedIDNumber),
            (t(UIText.address), loanCase.address),
            (t(UIText.outstanding), "\(loanCase.outstanding.formatted) · \(t(UIText.overdue)) \(loanCase.daysOverdue)\(t(UIText.daysUnit))"),
            (t(UIText.status), loanCase.status.label[context.language]),
            (t(UIText.tags), loanCase.tags.joined(separator: ", ")),
        ]
        let labelWidth = rows.map { $0.0.displayWidth }.max() ?? 0
        var y = inner.y
        for (label, value) in rows where y < inner.maxY {
            buffer.write(SafeText.neutralised(label).truncated(to: labelWidth), x: inner.x + 1, y: y, style: Style(.muted), clip: inner)
            buffer.write(SafeText.neutralised(value), x: inner.x + 2 + labelWidth, y: y, clip: inner)
            y += 1
        }
        if session.revealed, y < inner.maxY {
            buffer.write(t(UIText.revealedNotice), x: inner.x + 1, y: y, style: Style(.warning), clip: inner)
            y += 1
        }
        if y < inner.maxY {
            buffer.write(t(session.visit == nil ? UIText.noVisit : UIText.ended), x: inner.x + 1, y: y, style: Style(.muted), clip: inner)
        }
    }
}
