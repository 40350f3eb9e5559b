import Foundation
import VisitDesk

/// Gathers a visit's summary from the store, for the `summary` command and the desk's
/// summary screen alike, so both show the same content.
enum SummaryLoader {
    /// Personal data is shown in full when `reveal` is set, or as the visit last revealed it. The
    /// obligations the visit agreed stand as they do today in the configured time zone (the
    /// day of `now` in `rules.timeZone`), as `visitdesk obligations` and the worklist judge them.
    static func summary(store: VisitStore, visitID: Int64, playbooks: PlaybookLibrary, rules: RuleConfig,
                        reveal: Bool, now: Date) throws -> (summary: VisitSummary, loanCase: LoanCase) {
        let visit = try store.visit(id: visitID)
        guard let loanCase = try store.loanCase(id: visit.caseID) else { throw StoreError.caseNotFound(id: visit.caseID) }
        guard let playbook = playbooks.playbook(id: visit.playbookID) else {
            throw CommandFailure.noSuchPlaybook(id: visit.playbookID, known: playbooks.playbooks.map(\.id))
        }
        var summary = VisitSummary.make(visit: visit, loanCase: loanCase, playbook: playbook, rules: rules,
                                        revealing: reveal ? Set(PersonalField.allCases) : visit.revealed,
                                        records: try store.caseRecords(caseID: visit.caseID),
                                        obligations: try store.obligations(visitID: visitID, caseID: visit.caseID),
                                        day: CalendarDay.today(in: rules.timeZone, now: now), now: now)
        summary.authors = try store.eventAuthors(visitID: visitID)
        return (summary, loanCase)
    }
}
