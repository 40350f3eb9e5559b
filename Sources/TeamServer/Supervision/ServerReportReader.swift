import Foundation
import PostgresNIO
import VisitDesk

/// Builds `ServerDayReport` from the server's rows with the supervisor's login: the visits
/// started on the day (by `visit_by_start`), every visit of their cases (by `visit_by_case`,
/// for the terms the payment rule settles together), their events (by `visit_event`'s key),
/// the cases' payments and hand marks (by `case_event`'s key), the contact attempts made on the
/// day, recorded then or later, and the appointments recorded on it (by `case_event_by_at`).
/// Events are folded here, as the desk folds them, never in SQL.
public struct ServerReportReader {
    public var timeZone: TimeZone
    public var playbooks: PlaybookLibrary
    public var rules: RuleEngine
    public var paymentRule: PaymentRule

    public init(timeZone: TimeZone, playbooks: PlaybookLibrary, rules: RuleEngine, paymentRule: PaymentRule) {
        self.timeZone = timeZone
        self.playbooks = playbooks
        self.rules = rules
        self.paymentRule = paymentRule
    }

    /// The report of `day`; with `badge`, that agent's alone (listed even when they did nothing).
    public func report(on day: CalendarDay, badge: String?, server: ServerConnection, now: Date) throws(ServerError) -> ServerDayReport {
        let start = day.start(in: timeZone), end = day.adding(days: 1).start(in: timeZone)
        let rows = try ServerDayRows.fetch(from: start, to: end, server: server)
        let asOf = max(day, CalendarDay(now, in: timeZone))
        let caseIDs = Dictionary(uniqueKeysWithValues: rows.cases.keys.sorted().enumerated().map { ($0.element, Int64($0.offset + 1)) })

        var folded: [String: VisitState] = [:]
        for visit in rows.visits {
            let events = try (rows.events[visit.uid] ?? []).map { event throws(ServerError) in
                do {
                    return try event.visitEvent(visitID: visit.originID)
                } catch {
                    throw ServerError.refused(reason: "visit/\(visit.uid) event \(event.sequence): \(error)")
                }
            }
            do {
                folded[visit.uid] = try VisitState.fold(events, caseID: caseIDs[visit.reference] ?? 0)
            } catch {
                throw .refused(reason: "visit/\(visit.uid) cannot be folded: \(error)")
            }
        }

        let dayVisits = rows.visits.filter { start <= $0.startedAt && $0.startedAt < end }
        let conflicts = VisitConflict.among(dayVisits.map {
            ($0.reference, VisitConflict.Visit(uid: $0.uid, device: $0.device, badge: $0.badge, startedAt: $0.startedAt))
        })
        let obligations = try settledObligations(rows: rows, folded: folded, caseIDs: caseIDs)

        var badges = Set(dayVisits.map(\.badge)).union(rows.dayRecords.map(\.badge))
        if let badge {
            badges = badges.filter { $0.caseInsensitiveCompare(badge) == .orderedSame }
            if badges.isEmpty { badges = [rows.operators.keys.first { $0.caseInsensitiveCompare(badge) == .orderedSame } ?? badge] }
        }
        let agents = badges.sorted().map { agentBadge -> ServerDayReport.AgentDay in
            let mine = dayVisits.filter { $0.badge == agentBadge }
            let lines = mine.compactMap { visit -> DayReport.VisitLine? in
                guard let state = folded[visit.uid], let shown = rows.cases[visit.reference] else { return nil }
                let warnings = playbooks.playbook(id: state.playbookID).map { rules.evaluate(visit: state, playbook: $0, loanCase: shown, now: now) } ?? []
                return DayReport.VisitLine(visitID: visit.originID, reference: visit.reference, debtorName: shown.debtorName, role: state.role,
                                           visitors: state.visitors, startedAt: state.startedAt, endReason: state.endReason,
                                           outcome: state.outcome?.outcome, warnings: warnings)
            }
            let mineIDs = Set(mine.map(\.uid))
            let obligationLines = obligations.filter { mineIDs.contains($0.uid) }.map { found in
                DayReport.ObligationLine(reference: found.reference, debtorName: rows.cases[found.reference]?.debtorName ?? "",
                                         obligation: found.obligation, state: found.obligation.state(on: asOf))
            }
            var contacts: [DayReport.ContactLine] = [], appointments: [DayReport.AppointmentLine] = []
            for record in rows.dayRecords where record.badge == agentBadge {
                let debtorName = rows.cases[record.reference]?.debtorName ?? ""
                switch record.kind {
                case .contactAttempted(let attempt) where start <= attempt.at && attempt.at < end:
                    contacts.append(DayReport.ContactLine(reference: record.reference, debtorName: debtorName, attempt: attempt))
                case .appointmentSet(let appointment):
                    appointments.append(DayReport.AppointmentLine(reference: record.reference, debtorName: debtorName, appointment: appointment))
                default:
                    continue
                }
            }
            contacts.sort { $0.attempt.at < $1.attempt.at }
            var report = DayReport(day: day, timeZone: timeZone, asOf: asOf, agent: DayReport.Agent(agentBadge), visits: lines,
                                   obligations: obligationLines, contacts: contacts, appointments: appointments)
            report.obligationScope = .agreedOnDay
            return ServerDayReport.AgentDay(badge: agentBadge, name: rows.operators[agentBadge] ?? "", report: report,
                                            conflicts: conflicts.filter { $0.visits.contains { mineIDs.contains($0.uid) } })
        }
        return ServerDayReport(day: day, timeZone: timeZone, agents: agents)
    }

    /// How the report names an obligation: the badge and the recording device's number of its visit.
    private static func termID(of visit: ServerDayRows.VisitRow, number: Int) -> String {
        "\(visit.badge)#\(visit.originID)-\(number)"
    }

    /// The report's name of the obligation a hand mark recorded on `device` names as that desk
    /// does: through the global id of its visit, or, for marks without one, the device's own
    /// visit of that number. Nil when the case has no such visit here.
    private static func termID(markedAs id: String, visitUID: String?, on device: String,
                               among visits: [ServerDayRows.VisitRow]) -> String? {
        guard let name = ObligationName(id) else { return nil }
        let visit = visits.first { visit in
            if let visitUID { return visit.uid.caseInsensitiveCompare(visitUID) == .orderedSame }
            return visit.device.caseInsensitiveCompare(device) == .orderedSame && visit.originID == name.visitNumber
        }
        return visit.map { termID(of: $0, number: name.number) }
    }

    /// An obligation with the global id of the visit that agreed it.
    private struct SettledObligation {
        var uid: String
        var reference: String
        var obligation: Obligation
    }

    /// Every obligation of the visited cases, as the payment rule settles their promise and plan
    /// terms against the payments and hand marks every device posted for the case.
    private func settledObligations(rows: ServerDayRows, folded: [String: VisitState], caseIDs: [String: Int64]) throws(ServerError) -> [SettledObligation] {
        var visitsByCase: [String: [ServerDayRows.VisitRow]] = [:]
        for visit in rows.visits { visitsByCase[visit.reference, default: []].append(visit) }
        var settled: [SettledObligation] = []
        for (reference, visits) in visitsByCase {
            let caseID = caseIDs[reference] ?? 0
            var terms: [PaymentRule.Term] = [], uids: [Int64: String] = [:]
            for (index, visit) in visits.sorted(by: { ($0.startedAt, $0.uid) < ($1.startedAt, $1.uid) }).enumerated() {
                guard let recorded = folded[visit.uid]?.outcome else { continue }
                let number = Int64(index + 1)
                uids[number] = visit.uid
                let agreedOn = CalendarDay(recorded.at, in: paymentRule.timeZone)
                terms += recorded.outcome.obligationTerms(agreedOn: agreedOn).map { term in
                    PaymentRule.Term(id: Self.termID(of: visit, number: term.number), visitID: number, number: term.number,
                                     agreedOn: agreedOn, due: term.due, amount: term.amount)
                }
            }
            guard !terms.isEmpty else { continue }
            var records: [AuthoredCaseEvent] = []
            for event in rows.paymentRecords[reference] ?? [] {
                var decoded: CaseEvent
                do {
                    decoded = try event.caseEvent(caseID: caseID)
                } catch {
                    throw ServerError.refused(reason: "case/\(reference) event \(event.sequence) of device \(event.device): \(error)")
                }
                if case .obligationMarked(let id, let state, let reason, let visitUID) = decoded.kind {
                    guard let termID = Self.termID(markedAs: id, visitUID: visitUID, on: event.device, among: visits) else { continue }
                    decoded.kind = .obligationMarked(obligationID: termID, state: state, reason: reason, visitUID: visitUID)
                }
                records.append(AuthoredCaseEvent(event: decoded, author: EventAuthor(operatorName: event.operatorName, device: event.device)))
            }
            // Each device's records as another's: a payment posted on two desks counts once.
            let folded = CaseRecords.fold([], others: records)
            for obligation in paymentRule.settle(terms, caseID: caseID, payments: folded.payments.map(\.value), marks: folded.marks.mapValues(\.value)) {
                guard let uid = uids[obligation.visitID] else { continue }
                settled.append(SettledObligation(uid: uid, reference: reference, obligation: obligation))
            }
        }
        return settled.sorted { ($0.reference, $0.obligation.id) < ($1.reference, $1.obligation.id) }
    }
}
