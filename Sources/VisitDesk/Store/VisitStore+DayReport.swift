import Foundation
import GRDB

extension VisitStore {
    /// The day's report (see `DayReport`): visits started on `day` in `timeZone` (by the
    /// `visit_byStart` index), folded, with the warnings `rules` raise over them (a visit whose
    /// playbook is no longer installed is listed without warnings); obligations due on `day` (by
    /// `obligation_byDue`) in the state they stand in on `now`'s day or `day`, whichever is
    /// later; contact attempts made on `day` and appointments recorded on it.
    public func dayReport(on day: CalendarDay, agent: DayReport.Agent?, timeZone: TimeZone, playbooks: PlaybookLibrary,
                          rules: RuleEngine, now: Date) throws(StoreError) -> DayReport {
        let start = day.start(in: timeZone), end = day.adding(days: 1).start(in: timeZone)
        let asOf = max(day, CalendarDay(now, in: timeZone))
        return try read { db in
            var cases: [Int64: LoanCase] = [:]
            func loanCase(_ id: Int64) throws -> LoanCase? {
                if let known = cases[id] { return known }
                let found = try CaseRecord.fetchOne(db, key: id)?.loanCase
                cases[id] = found
                return found
            }
            let writer = EventWriter(db: db)
            var visits: [DayReport.VisitLine] = []
            for record in try VisitRecord.fetchAll(db, sql: "SELECT * FROM visit WHERE startedAt >= ? AND startedAt < ? ORDER BY startedAt, id",
                                                   arguments: [start, end]) {
                let visit = try writer.fold(record)
                guard let shown = try loanCase(visit.caseID),
                      agent?.matches(visitors: visit.visitors, assignedAgent: shown.assignedAgent) ?? true else { continue }
                let warnings = playbooks.playbook(id: visit.playbookID).map { rules.evaluate(visit: visit, playbook: $0, loanCase: shown, now: now) } ?? []
                visits.append(DayReport.VisitLine(visitID: visit.id, reference: shown.reference, debtorName: shown.debtorName, role: visit.role,
                                                  visitors: visit.visitors, startedAt: visit.startedAt, endReason: visit.endReason,
                                                  outcome: visit.outcome?.outcome, warnings: warnings))
            }
            let obligations = try Row.fetchAll(db, sql: """
                SELECT o.*, c.reference, c.debtorName, c.assignedAgent FROM obligation o JOIN loanCase c ON c.id = o.caseID
                WHERE o.due = ? ORDER BY c.reference, o.id
                """, arguments: [day.description]).compactMap { row -> DayReport.ObligationLine? in
                guard agent?.matches(row["assignedAgent"] as String) ?? true else { return nil }
                let obligation = Obligation(row: row)
                return DayReport.ObligationLine(reference: row["reference"], debtorName: row["debtorName"], obligation: obligation,
                                                state: obligation.state(on: asOf))
            }
            // An attempt is recorded when or after it is made: the events recorded from the day's
            // start hold every attempt made on the day (one dated ahead of its recording is not counted).
            let decoder = JSONDecoder()
            var contacts: [DayReport.ContactLine] = [], appointments: [DayReport.AppointmentLine] = []
            for record in try CaseEventRecord.fetchAll(db, sql: """
                SELECT * FROM caseEvent WHERE kind IN ('contactAttempted', 'appointmentSet') AND at >= ? ORDER BY at, caseID, sequence
                """, arguments: [start]) {
                let event = try CaseEventChain.decode(record, decoder: decoder)
                guard let shown = try loanCase(event.caseID) else { continue }
                switch event.kind {
                case .contactAttempted(let attempt) where start <= attempt.at && attempt.at < end:
                    guard agent?.matches(shown.assignedAgent) ?? true else { continue }
                    contacts.append(DayReport.ContactLine(reference: shown.reference, debtorName: shown.debtorName, attempt: attempt))
                case .appointmentSet(let appointment) where event.at < end:
                    guard agent?.matches(visitors: appointment.visitors, assignedAgent: shown.assignedAgent) ?? true else { continue }
                    appointments.append(DayReport.AppointmentLine(reference: shown.reference, debtorName: shown.debtorName, appointment: appointment))
                default:
                    continue
                }
            }
            contacts.sort { $0.attempt.at < $1.attempt.at }
            return DayReport(day: day, timeZone: timeZone, asOf: asOf, agent: agent, visits: visits, obligations: obligations,
                             contacts: contacts, appointments: appointments)
        }
    }
}
