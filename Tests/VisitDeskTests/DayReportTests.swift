import Foundation
import Testing
@testable import VisitDesk

@Suite("Day report")
struct DayReportTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let day = CaseWorkFixture.day
    /// 10:00 on the report's day, in UTC.
    static let morning = day.start(in: utc).addingTimeInterval(10 * 3600)

    static func report(_ work: CaseWorkFixture, agent: String? = nil, asOfDays: Int = 10) throws -> DayReport {
        try work.store.dayReport(on: day, agent: agent.map(DayReport.Agent.init), timeZone: utc, playbooks: PlaybookLibrary(),
                                 rules: RuleEngine(config: RuleConfig(timeZone: utc)), now: day.adding(days: asOfDays).start(in: utc))
    }

    static func plan(total: Int64) throws -> RepaymentPlan {
        try RepaymentPlan.make(total: Money(yuan: total), instalmentCount: 4, frequency: .monthly, firstDue: day.adding(days: 30),
                               method: .alipayAutoDebit)
    }

    @Test func visitsStartedOnTheDayAreCountedByOutcomeWithTheSumsPromisedAndPlanned() throws {
        let work = try CaseWorkFixture()
        let promise = Outcome.promiseToPay(date: Self.day.adding(days: 5), amount: Money(fen: 100_050), method: .alipayAutoDebit)
        try work.visit(try work.newCase().id!, at: Self.morning, outcome: promise)
        try work.visit(try work.newCase().id!, at: Self.morning.addingTimeInterval(3600), outcome: .promiseToPay(
            date: Self.day.adding(days: 6), amount: Money(yuan: 2_000), method: .bankTransfer))
        try work.visit(try work.newCase().id!, at: Self.morning.addingTimeInterval(7200), outcome: .planAgreed(try Self.plan(total: 8_000)))
        try work.visit(try work.newCase().id!, at: Self.morning.addingTimeInterval(9000), outcome: .noContact)
        try work.visit(try work.newCase().id!, at: Self.morning.addingTimeInterval(9600), outcome: nil)
        try work.visit(try work.newCase().id!, at: Self.morning.addingTimeInterval(-86_400), outcome: .promiseToPay(
            date: Self.day.adding(days: 5), amount: Money(yuan: 9_999), method: .alipayAutoDebit))
        let report = try Self.report(work)
        #expect(report.visits.count == 5)
        #expect(report.outcomeCounts.map(\.code) == [.promiseToPay, .planAgreed, .noContact])
        #expect(report.outcomeCounts.map(\.count) == [2, 1, 1])
        #expect(report.visitsWithoutOutcome == 1)
        #expect(report.promised == Money(fen: 300_050))
        #expect(report.planned == Money(yuan: 8_000))
    }

    @Test func obligationsDueOnTheDayAreCountedByStateWithTheKeptRateOfThoseSettled() throws {
        let work = try CaseWorkFixture()
        try work.promise(dueIn: 0, paidFen: 100_000)
        try work.promise(dueIn: 0, paidFen: 100_000)
        try work.promise(dueIn: 0, paidFen: 30_000)
        try work.promise(dueIn: 0)
        try work.promise(dueIn: 1)
        let settled = try Self.report(work)
        #expect(settled.obligations.count == 4)
        let counts: [Int] = [settled.count(.kept), settled.count(.partlyKept), settled.count(.broken), settled.count(.pending)]
        #expect(counts == [2, 1, 1, 0])
        #expect(settled.keptRate == 50)
        // On the day itself the unpaid ones are still within their grace period.
        let onTheDay = try Self.report(work, asOfDays: 0)
        let dayCounts: [Int] = [onTheDay.count(.kept), onTheDay.count(.pending)]
        #expect(dayCounts == [2, 2])
        #expect(onTheDay.keptRate == 100)
    }

    @Test func theKeptRateIsRoundedHalfUpAndAbsentWhileNothingIsSettled() {
        func rate(_ states: [ObligationState]) -> Int? {
            DayReport(day: Self.day, timeZone: Self.utc, asOf: Self.day, agent: nil, visits: [], obligations: states.enumerated().map { index, state in
                DayReport.ObligationLine(reference: "R\(index)", debtorName: "甲", obligation: Obligation(
                    id: "V1-\(index)", caseID: 1, visitID: 1, number: index, agreedOn: Self.day, due: Self.day, amount: Money(yuan: 1), paid: .zero,
                    graceEnds: Self.day, settled: state, markReason: nil), state: state)
            }, contacts: [], appointments: []).keptRate
        }
        #expect(rate([.kept, .broken, .broken]) == 33)
        #expect(rate([.kept, .kept, .partlyKept]) == 67)
        #expect(rate([.kept, .broken, .pending, .pending]) == 50)
        #expect(rate([.pending]) == nil && rate([]) == nil)
    }

    @Test func sumsThatDoNotFitSaySoInsteadOfWrapping() {
        let huge = Outcome.promiseToPay(date: Self.day, amount: Money(fen: Int64.max - 10), method: .alipayAutoDebit)
        let line = DayReport.VisitLine(visitID: 1, reference: "R", debtorName: "甲", role: .agent, visitors: [], startedAt: Self.morning,
                                       endReason: .completed, outcome: huge, warnings: [])
        var second = line
        second.visitID = 2
        let report = DayReport(day: Self.day, timeZone: Self.utc, asOf: Self.day, agent: nil, visits: [line, second], obligations: [],
                               contacts: [], appointments: [])
        #expect(report.promised == nil)
        #expect(report.markdown(language: .en).contains("beyond range"))
        #expect(report.json().contains("\"promised\": null"))
    }

    @Test func anAgentsDayIsTheirVisitsByNameOrBadgeAndTheirAssignedCases() throws {
        let work = try CaseWorkFixture()
        let team = try work.newCase(agent: "王磊"), other = try work.newCase(agent: "周建华")
        try work.visit(team.id!, at: Self.morning, outcome: .noContact)
        try work.visit(other.id!, at: Self.morning.addingTimeInterval(3600), outcome: .noContact, visitors: [Visitor(name: "钱涛", badge: "WF-0718")])
        try work.store.record(.contactAttempted(ContactAttempt(channel: .phone, at: Self.morning, result: .noAnswer)), caseID: other.id!, at: Self.morning)
        #expect(try Self.report(work, agent: "赵敏").visits.map(\.reference) == [team.reference])
        #expect(try Self.report(work, agent: " wf-0718 ").visits.map(\.reference) == [other.reference])
        let assigned = try Self.report(work, agent: "周建华")
        #expect(assigned.visits.map(\.reference) == [other.reference] && assigned.contacts.count == 1)
        #expect(try Self.report(work, agent: "王磊").contacts.isEmpty)
        #expect(try Self.report(work, agent: "nobody").visits.isEmpty)
        #expect(try Self.report(work).visits.count == 2)
    }

    @Test func contactsMadeAndAppointmentsSetOnTheDayAreListed() throws {
        let work = try CaseWorkFixture()
        let loanCase = try work.newCase()
        let record = { (kind: CaseEventKind, at: Date) in _ = try work.store.record(kind, caseID: loanCase.id!, at: at) }
        try record(.contactAttempted(ContactAttempt(channel: .sms, at: Self.morning, result: .reached, note: "提醒")), Self.morning)
        // Made the evening before, recorded in the morning: it belongs to the day before.
        try record(.contactAttempted(ContactAttempt(channel: .phone, at: Self.morning.addingTimeInterval(-15 * 3600), result: .noAnswer)), Self.morning)
        try record(.contactAttempted(ContactAttempt(channel: .phone, at: Self.morning.addingTimeInterval(3600), result: .appointmentMade)),
                   Self.morning.addingTimeInterval(3600))
        try record(.appointmentSet(Appointment(id: "A1", day: Self.day.adding(days: 2), time: TimeOfDay(hour: 9, minute: 0), place: "家中",
                                               visitors: StoreFixture.visitors, confirmed: true)), Self.morning.addingTimeInterval(3700))
        try record(.appointmentSet(Appointment(id: "A2", day: Self.day.adding(days: 3), time: TimeOfDay(hour: 9, minute: 0), place: "家中",
                                               visitors: StoreFixture.visitors, confirmed: true)), Self.morning.addingTimeInterval(86_400))
        let report = try Self.report(work)
        #expect(report.contacts.map(\.attempt.channel) == [.sms, .phone])
        #expect(report.contacts.map(\.attempt.result) == [.reached, .appointmentMade])
        #expect(report.appointments.map(\.appointment.id) == ["A1"])
    }

    @Test func theWarningsOfTheDaysVisitsAreRaised() throws {
        let work = try CaseWorkFixture()
        try work.visit(try work.newCase().id!, at: Self.morning, outcome: .noContact, visitors: [Visitor(name: "王磊", badge: "WF-0312")])
        let report = try Self.report(work)
        #expect(report.warnings.contains { $0.warning.id == .tooFewVisitors })
        #expect(report.visits[0].warnings.contains { $0.id == .tooFewVisitors })
        #expect(report.markdown(language: .zh).contains("## 合规提示"))
    }

    @Test func theFormsCarryTheSameSectionsAndTheJSONItsFields() throws {
        let work = try CaseWorkFixture()
        try work.promise(dueIn: 0, paidFen: 100_000)
        try work.visit(try work.newCase().id!, at: Self.morning, outcome: .promiseToPay(date: Self.day.adding(days: 5), amount: Money(yuan: 500),
                                                                                         method: .alipayAutoDebit))
        let report = try Self.report(work)
        let document = report.document(language: .en)
        #expect(document.sections.map(\.id) == ["summary", "visits", "outcomes", "obligations", "contacts", "appointments", "warnings", "footer"])
        let markdown = report.markdown(language: .en)
        #expect(document.sections.allSatisfy { markdown.contains("## \($0.title)") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2026-02-20" && object["agent"] is NSNull)
        #expect(object["promised"] as? String == "500.00" && object["planned"] as? String == "0.00")
        #expect(object["kept"] as? Int == 1 && object["keptRate"] as? Int == 100)
        #expect((object["outcomes"] as? [String: Int]) == ["promiseToPay": 1])
        let obligation = try #require((object["obligations"] as? [[String: Any]])?.first)
        #expect(obligation["due"] as? String == "2026-02-20" && obligation["amount"] as? String == "1000.00" && obligation["state"] as? String == "kept")
        #expect(!report.json().contains("13800138000"))
    }
}
