import TUI
import VisitDesk

/// The shown case before a visit: name and product, masked phone and ID (in full once
/// revealed), address, debt, status and tags — long values wrap under their value column
/// rather than being cut, so the address keeps its door number —, then the case's records
/// (`CaseRecordSections`): in full when the pane has room, else fitted with "…and N more".
struct CaseDetailsView {
    /// One drawn line: a muted label column (blank on continuation lines) and its text.
    struct Line: Equatable {
        var label: String
        var text: String
        var style: Style
    }

    let session: CaseSession
    let context: DeskContext

    /// The lines of the details and every record at `width` columns (what the pane would like to show).
    static func lines(_ session: CaseSession, _ language: Language, width: Int) -> [Line] {
        let sections = CaseRecordSections.sections(session, language)
        return detailLines(session, language, width: width)
            + recordLines(CaseRecordSections.fitted(sections, rows: Int.max, language: language), width: width)
    }

    private static func recordLines(_ fitted: [(text: String, isTitle: Bool)], width: Int) -> [Line] {
        fitted.map { Line(label: "", text: $0.text.truncated(to: max(1, width)), style: $0.isTitle ? Style(.header) : .normal) }
    }

    /// The case's own details at `width` columns.
    static func detailLines(_ session: CaseSession, _ language: Language, width: Int) -> [Line] {
        let loanCase = session.loanCase
        let t = { (text: LocalizedText) in text[language] }
        let fields: [(String, String)] = [
            (t(UIText.phone), session.revealed ? loanCase.phone : loanCase.maskedPhone),
            (t(UIText.idNumber), session.revealed ? loanCase.idNumber : loanCase.maskedIDNumber),
            (t(UIText.address), loanCase.address),
            (t(UIText.outstanding), "\(loanCase.outstanding.formatted) · \(t(UIText.overdue)) \(loanCase.daysOverdue)\(t(UIText.daysUnit))"),
            (t(UIText.status), session.today.map { loanCase.status.standing(with: session.obligations, on: $0) }?.label[language]
                ?? loanCase.status.label[language]),
            (t(UIText.tags), loanCase.tags.joined(separator: ", ")),
        ]
        let labelWidth = fields.map { $0.0.displayWidth }.max() ?? 0
        func whole(_ text: String, _ style: Style) -> [Line] {
            text.wrapped(to: max(1, width)).map { Line(label: "", text: $0, style: style) }
        }
        var lines = whole(SafeText.neutralised("\(loanCase.debtorName) · \(loanCase.product)"), Style(.header))
        for (label, value) in fields {
            let valueWidth = max(1, width - labelWidth - 1)
            for (index, line) in SafeText.neutralised(value).wrapped(to: valueWidth).enumerated() {
                let shownLabel = index == 0 ? label : ""
                lines.append(Line(label: shownLabel.truncated(to: labelWidth) + " ", text: line, style: .normal))
            }
        }
        if loanCase.withdrawnAt != nil { lines += whole(t(UIText.caseWithdrawnShort), Style(.warning, bold: true)) }
        if !session.conflicts.isEmpty {
            lines += whole(t(UIText.visitConflict) + session.conflicts.map(\.day.description).joined(separator: ", "), Style(.warning))
        }
        if session.revealed { lines += whole(t(UIText.revealedNotice), Style(.warning)) }
        if let evidence = AttachmentText.shortList(session.records.attachments.map(\.value), language: language) {
            lines += whole(SafeText.neutralised(evidence), Style(.muted))
        }
        lines += whole(t(session.visit == nil ? UIText.noVisit : UIText.ended), Style(.muted))
        return lines
    }

    func render(into buffer: inout CellBuffer) {
        let inner = Pane(title: "2 \(context.text(UIText.caseDetails)) · \(SafeText.neutralised(session.loanCase.reference))",
                         focused: context.isFocused).render(in: context.area, into: &buffer)
        let width = inner.width - 1
        var details = Self.detailLines(session, context.language, width: width)
        let sections = CaseRecordSections.sections(session, context.language)
        // When the pane is short, the records take the place of the "no open visit" line (the checklist says it too).
        if !sections.isEmpty, details.count >= inner.height, !details.isEmpty { details.removeLast() }
        let records = Self.recordLines(CaseRecordSections.fitted(sections, rows: max(0, inner.height - details.count), language: context.language),
                                       width: width)
        for (row, line) in (details + records).enumerated() where inner.y + row < inner.maxY {
            let y = inner.y + row
            let x = inner.x + 1 + buffer.write(line.label, x: inner.x + 1, y: y, style: Style(.muted), clip: inner)
            buffer.write(line.text, x: x, y: y, style: line.style, clip: inner)
        }
    }
}
