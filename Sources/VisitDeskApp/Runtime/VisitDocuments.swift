import Foundation
import TUI
import VisitDesk

/// Builds the read-only documents of a visit from the store: the review (stages, items,
/// notes, timeline) and the summary (the record that `visitdesk summary` prints).
struct VisitDocuments {
    let store: VisitStore
    let state: AppState

    func review(visitID: Int64) throws -> ReviewState {
        let visit = try store.visit(id: visitID)
        guard let loanCase = try store.loanCase(id: visit.caseID) else { throw StoreError.caseNotFound(id: visit.caseID) }
        let playbook = state.playbooks.playbook(id: visit.playbookID)
        let lines = ReviewDocument(visit: visit, loanCase: loanCase, playbook: playbook, language: state.language, clock: state.clock).lines
        let title = SafeText.neutralised("\(state.text(UIText.review)) · \(loanCase.reference) \(loanCase.debtorName) · \(state.clock.dateTime(visit.startedAt))")
        return ReviewState(visitID: visitID, title: title, lines: lines)
    }

    /// The summary in the UI language: the record, and its text as `visitdesk summary --format text` prints it.
    func summary(visitID: Int64) throws -> SummaryState {
        let (summary, loanCase) = try SummaryLoader.summary(
            store: store, visitID: visitID, playbooks: state.playbooks, rules: state.rules.config, reveal: false, now: state.now)
        let document = summary.document(language: state.language)
        return SummaryState(
            visitID: visitID, title: SafeText.neutralised("\(state.text(UIText.summary)) · \(loanCase.reference) \(loanCase.debtorName)"),
            document: document, lines: SummaryText(document: document).lines,
            markdown: document.markdown,
            fileStem: SafeFileName.from("\(loanCase.reference)-visit-\(visitID)"))
    }
}

/// A past visit as lines of text: header, stages with their items, notes, and a timeline
/// of every event in order; unsafe characters from the data shown as stand-ins (`SafeText`).
struct ReviewDocument {
    let visit: VisitState
    let loanCase: LoanCase
    let playbook: Playbook?
    let language: Language
    let clock: VisitClock

    var lines: [String] {
        let zh = language == .zh
        var lines: [String] = []
        let ended = visit.endedAt.map { " – \(clock.time($0))" } ?? ""
        lines.append("\(loanCase.reference)  \(loanCase.debtorName)  \(loanCase.maskedPhone)  · \(visit.role.label[language])")
        lines.append("\(clock.dateTime(visit.startedAt))\(ended)  \(SummaryFormat.duration(visit.duration(now: visit.endedAt ?? visit.startedAt), language: language))  \(visit.location)")
        lines.append((zh ? "上门人员：" : "Visitors: ") + visit.visitors.map { "\($0.name)/\($0.badge)" }.joined(separator: ", "))
        if let outcome = visit.outcome {
            lines.append("\(UIText.outcome[language]): \(OutcomeText.describe(outcome.outcome, language: language))")
        }
        if let reason = visit.endReason { lines.append((zh ? "结束：" : "Ended: ") + reason.label[language]) }
        if let playbook {
            lines.append("")
            for (index, stage) in playbook.stages.enumerated() {
                lines.append("\(index + 1). \(stage.title[language])")
                for item in stage.items {
                    let marked = visit.marks[item.id]
                    let mark = ChecklistPane.presentation(marked?.mark ?? .pending, language: language).mark
                    var line = "   \(mark) \(item.text[language])"
                    if let marked { line += "  \(clock.time(marked.at))" }
                    if let reason = marked?.skipReason { line += " — \(UIText.skipped[language]): \(reason)" }
                    lines.append(line)
                }
            }
        }
        lines.append("")
        lines.append(UIText.notes[language])
        lines += visit.notes.map { "   \(clock.time($0.at)) \($0.text)" }
        lines.append("")
        lines.append(UIText.timeline[language])
        for event in visit.events {
            let undone = visit.undoneSequences.contains(event.sequence) ? (zh ? "（已撤销）" : " (undone)") : ""
            lines.append("   #\(event.sequence) \(clock.time(event.at)) \(EventText.describe(event.kind, playbook: playbook, language: language))\(undone)")
        }
        return lines.map { SafeText.neutralised($0) }
    }
}
