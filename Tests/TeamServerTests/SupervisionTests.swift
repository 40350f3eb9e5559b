import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

@Suite struct SupervisionTests {
    static let day = CalendarDay(year: 2026, month: 3, day: 9)
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    static func loanCase(_ reference: String, name: String) -> LoanCase {
        LoanCase(reference: reference, debtorName: name, phone: "13800000000", idNumber: "110101199001011234", address: "北京市朝阳区",
                 product: "消费贷", outstanding: Money(fen: 1_250_000), daysOverdue: 40)
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vd-supervision-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func verifyNamesAnEventEditedDirectlyInPostgreSQLAndTheCommandExitsNonZero() throws {
        let team = try TestTeam()
        defer { team.stop() }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agent = try FieldAgent(Visitor(name: "王磊", badge: "WF-0312"), team: team, folder: folder)
        defer { agent.close() }
        let loanCase = Self.loanCase("C-1001", name: "张三")
        _ = try TeamAdmin.importCases([loanCase], on: team.supervisor)
        _ = try TeamAdmin.assign(["C-1001"], to: "WF-0312", on: team.supervisor)
        let visitID = try agent.visit(caseID: try agent.take(loanCase), at: Self.day.start(in: Self.zone).addingTimeInterval(10 * 3600),
                                      outcome: .promiseToPay(date: Self.day.adding(days: 7), amount: Money(fen: 300_000), method: .bankTransfer))
        try agent.push(visitID: visitID, reference: "C-1001")

        let intact = try ServerVerifier.verify(team.supervisor)
        #expect(intact.firstProblem == nil)
        #expect(intact.visitStreams == 1 && intact.events == 3)

        let uid = try agent.uid(visitID: visitID)
        let edited = try team.cluster.psql(["-d", team.database, "-c", """
            ALTER TABLE visit_event DISABLE TRIGGER visit_event_kept;
            UPDATE visit_event SET payload = replace(payload, '300000', '30000') WHERE visit_uid = '\(uid)' AND sequence = 2;
            ALTER TABLE visit_event ENABLE TRIGGER visit_event_kept;
            """])
        #expect(edited.status == 0, "\(edited.errors)")

        let broken = try ServerVerifier.verify(team.supervisor)
        let problem = try #require(broken.firstProblem)
        #expect(problem.stream == "visit/\(uid)" && problem.sequence == 2 && problem.device == agent.device.deviceID)
        #expect(problem.fault == .brokenChain)

        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = team.cluster.superuserPassword
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment.removeValue(forKey: "VISITDESK_PG")
        let command = try Subprocess.run([try BuiltProducts.path("visitdesk"), "server", "verify", "--pg", team.cluster.url(database: team.database)],
                                         environment: environment)
        #expect(command.status == 1)
        #expect(command.errors.contains("visit/\(uid) event 2 (device \(agent.device.deviceID))"))
        #expect(!command.errors.contains(team.cluster.superuserPassword))
    }

    @Test func reportFoldsEachAgentsVisitsSettlesTheirPromisesAndFlagsACaseVisitedFromTwoDevices() throws {
        let team = try TestTeam()
        defer { team.stop() }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wang = try FieldAgent(Visitor(name: "王磊", badge: "WF-0312"), team: team, folder: folder)
        defer { wang.close() }
        let li = try FieldAgent(Visitor(name: "李娜", badge: "WF-0420"), team: team, folder: folder)
        defer { li.close() }
        let shared = Self.loanCase("C-2001", name: "张三"), own = Self.loanCase("C-2002", name: "李四")
        _ = try TeamAdmin.importCases([shared, own], on: team.supervisor)
        _ = try TeamAdmin.assign(["C-2001", "C-2002"], to: "WF-0312", on: team.supervisor)
        let morning = Self.day.start(in: Self.zone).addingTimeInterval(9 * 3600)
        let promise = try wang.visit(caseID: try wang.take(shared), at: morning,
                                     outcome: .promiseToPay(date: Self.day.adding(days: 5), amount: Money(fen: 300_000), method: .bankTransfer))
        try wang.push(visitID: promise, reference: "C-2001")
        let refusal = try wang.visit(caseID: try wang.take(own), at: morning.addingTimeInterval(3600), outcome: .refusedToPay(reason: "失业"))
        try wang.push(visitID: refusal, reference: "C-2002")
        // The case moves to 李娜, who visits it the same afternoon from her own device.
        _ = try TeamAdmin.assign(["C-2001"], to: "WF-0420", on: team.supervisor)
        let second = try li.visit(caseID: try li.take(shared), at: morning.addingTimeInterval(5 * 3600),
                                  outcome: .promiseToPay(date: Self.day.adding(days: 3), amount: Money(fen: 100_000), method: .alipayAutoDebit))
        try li.push(visitID: second, reference: "C-2001")

        let reader = ServerReportReader(timeZone: Self.zone, playbooks: PlaybookLibrary(), rules: RuleEngine(), paymentRule: PaymentRule(timeZone: Self.zone))
        let now = Self.day.adding(days: 30).start(in: Self.zone)
        let report = try reader.report(on: Self.day, badge: nil, server: team.supervisor, now: now)
        #expect(report.agents.map(\.badge) == ["WF-0312", "WF-0420"])
        let wangsDay = report.agents[0].report
        #expect(wangsDay.visits.map(\.reference) == ["C-2001", "C-2002"])
        #expect(wangsDay.outcomeCounts.map(\.code) == [.promiseToPay, .refusedToPay])
        #expect(wangsDay.promised == Money(fen: 300_000))
        // Nobody paid: a month on, each promise of the day is broken.
        #expect(wangsDay.obligations.map(\.state) == [.broken])
        #expect(report.agents[1].report.obligations.map(\.state) == [.broken])
        #expect(report.agents[1].report.promised == Money(fen: 100_000))
        let conflict = try #require(report.agents[0].conflicts.first)
        #expect(conflict.reference == "C-2001")
        #expect(conflict.visits.map(\.badge) == ["WF-0312", "WF-0420"])
        #expect(report.agents[1].conflicts == report.agents[0].conflicts)

        let onlyLi = try reader.report(on: Self.day, badge: "wf-0420", server: team.supervisor, now: now)
        #expect(onlyLi.agents.map(\.badge) == ["WF-0420"])
        let markdown = onlyLi.markdown(language: .en)
        #expect(markdown.contains("C-2001: WF-0312"))
        #expect(!markdown.contains("13800000000"))
        #expect(onlyLi.json().contains("\"obligations\": \"agreedOnDay\""))
    }
}
