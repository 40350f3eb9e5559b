import Foundation
import TUI
import VisitDesk

/// Builds the read-only documents of a visit from the store: the review (stages, items,
/// notes, timeline) and the summary (the record that `visitdesk summary` prints).
struct VisitDocuments {
    let store: VisitStore
    let playbooks: PlaybookLibrary
    let rules: RuleConfig
    let clock: VisitClock

    /// The review's heading and lines in `language`.
    func review(visitID: Int64, language: Language) throws -> (heading: String, lines: [String]) {
        let visit = try store.visit(id: visitID)
        guard let loanCase = try store.loanCase(id: visit.caseID) else { throw StoreError.caseNotFound(id: visit.caseID) }
        let playbook = playbooks.playbook(id: visit.playbookID)
        var checks = RecordChecks()
        if let playbook {
            checks = RecordChecks(playbook: playbook, visit: visit, records: try store.caseRecords(caseID: visit.caseID), timeZone: clock.timeZone)
        }
        let lines = ReviewDocument(visit: visit, loanCase: loanCase, playbook: playbook, language: language, clock: clock, checks: checks).lines
        let heading = SafeText.neutralised("\(UIText.review[language]) · \(loanCase.reference) \(loanCase.debtorName) · \(clock.dateTime(visit.startedAt))")
        return (heading, lines)
    }

    /// The summary in `language` as of `now`: the record, and its text as `visitdesk summary --format text` prints it.
    func summary(visitID: Int64, language: Language, now: Date) throws -> SummaryDocument {
        let (summary, loanCase) = try SummaryLoader.summary(
            store: store, visitID: visitID, playbooks: playbooks, rules: rules, reveal: false, now: now)
        let document = summary.document(language: language)
        return SummaryDocument(
            visitID: visitID, title: SafeText.neutralised("\(UIText.summaryTitle[summary.role][language]) · \(loanCase.reference) \(loanCase.debtorName)"),
            document: document, lines: SummaryText(document: document).lines,
            markdown: document.markdown,
            fileStem: SafeFileName.from("\(loanCase.reference)-visit-\(visitID)"))
    }
}
