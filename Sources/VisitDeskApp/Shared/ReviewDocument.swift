import Foundation
import VisitDesk

/// A past visit as lines of text: header, stages with their items, notes, evidence files with
/// their hashes, and a timeline
/// of every event in order; unsafe characters from the data shown as stand-ins (`SafeText`).
struct ReviewDocument {
    let visit: VisitState
    let loanCase: LoanCase
    let playbook: Playbook?
    let language: Language
    let clock: VisitClock
    /// What the case's records say of the playbook's record checks.
    var checks = RecordChecks()

    var lines: [String] {
        var lines: [String] = []
        let ended = visit.endedAt.map { " – \(clock.time($0))" } ?? ""
        lines.append("\(loanCase.reference)  \(loanCase.debtorName)  \(loanCase.maskedPhone)  · \(visit.role.label[language])")
        lines.append("\(clock.dateTime(visit.startedAt))\(ended)  \(SummaryFormat.duration(visit.duration(now: visit.endedAt ?? visit.startedAt), language: language))  \(visit.location)")
        lines.append(UIText.reviewVisitors[visit.role][language] + VisitorList.typed(visit.visitors))
        for change in visit.visitorChanges {
            lines.append("   " + LocalizedText(zh: "更正于 \(clock.time(change.at))：", en: "corrected \(clock.time(change.at)): ")[language]
                         + VisitorList.typed(change.visitors))
        }
        if let statement = visit.statement {
            lines.append(UIText.statementTitle[language] + LocalizedText(zh: "：", en: ": ")[language]
                         + StatementText.describe(statement, language: language))
        }
        if let outcome = visit.outcome {
            lines.append("\(UIText.outcome[language]): \(OutcomeText.describe(outcome.outcome, role: visit.role, language: language))")
        }
        if let reason = visit.endReason { lines.append(LocalizedText(zh: "结束：", en: "Ended: ")[language] + reason.label(for: visit.role)[language]) }
        if let playbook {
            lines.append("")
            for (index, stage) in playbook.stages.enumerated() {
                lines.append("\(index + 1). \(stage.title[language])")
                for item in stage.items {
                    let marked = visit.marks[item.id]
                    let mark = visit.effectiveMark(of: item.id, checks: checks).symbol
                    var line = "   \(mark) \(item.text[language])"
                    if let check = checks[item.id] { line += " — " + check.explanation[language] }
                    if let figures = marked?.figures { line += "  \(figures[language])" }
                    if let marked { line += "  \(clock.time(marked.at))" }
                    if let reason = marked?.skipReason { line += " — \(UIText.skipped[language]): \(reason)" }
                    lines.append(line)
                }
            }
        }
        lines.append("")
        lines.append(UIText.notes[language])
        lines += visit.notes.map { note in
            let addendum = note.isAddendum ? "[\(UIText.addendum[language])] " : ""
            return "   \(clock.time(note.at)) \(addendum)\(note.text)"
        }
        let evidence = visit.attachedEvidence
        if !evidence.isEmpty {
            lines.append("")
            lines.append(LocalizedText(zh: "附件", en: "Evidence files")[language])
            lines += AttachmentText.reviewLines(evidence, clock: clock)
        }
        lines.append("")
        lines.append(UIText.timeline[language])
        for event in visit.events {
            let undone = visit.undoneSequences.contains(event.sequence) ? LocalizedText(zh: "（已撤销）", en: " (undone)")[language] : ""
            lines.append("   #\(event.sequence) \(clock.time(event.at)) \(EventText.describe(event.kind, playbook: playbook, role: visit.role, language: language))\(undone)")
        }
        return lines.map { SafeText.neutralised($0) }
    }
}
