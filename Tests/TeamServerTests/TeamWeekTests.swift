import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// Issue 13's "done when": two laptops and a supervisor work a week of cases through one
/// PostgreSQL with nothing lost, duplicated or readable by the wrong person. Everything a
/// command exists for goes through the built `visitdesk`; visits, which only the desk records,
/// go through the store. The week is Monday 2026-03-09 to Friday 2026-03-13 in Shanghai.
@Suite struct TeamWeekTests {
    @Test func twoAgentsAndASupervisorWorkAWeekThroughOneServerWithNothingLostDuplicatedOrShownToTheWrongAgent() throws {
        let week = try TeamWeek()
        defer { week.stop() }
        try Self.setUpTheTeam(week)
        try Self.monday(week)
        try Self.tuesday(week)
        try Self.wednesday(week)
        try Self.thursday(week)
        try Self.friday(week)
        try Self.endOfTheWeek(week)
    }

    // MARK: The cases

    static let caseCount = 10
    static let debtors = ["张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏", "徐涛", "孙悦"]
    static func reference(_ number: Int) -> String { "HB-" + String(format: "%03d", number) }
    static func phone(_ number: Int) -> String { "13910000" + String(format: "%03d", number) }

    /// A resident ID number with its ISO 7064 MOD 11-2 check digit, as the import demands.
    static func idNumber(_ number: Int) -> String {
        let first17 = "11010519850312" + String(format: "%03d", number)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(first17, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
        return first17 + String(Array("10X98765432")[sum % 11])
    }

    static var casesCSV: String {
        "ref,name,phone,id_number,address,product,outstanding,days_overdue\n" + (1...caseCount).map { number in
            [reference(number), debtors[number - 1], phone(number), idNumber(number), "上海市浦东新区世纪大道\(number)号", "消费贷",
             "\(number * 1_000 + 500).00", "\(30 + number)"].joined(separator: ",") + "\n"
        }.joined()
    }

    // MARK: Outcomes

    static func promise(_ yuan: Int64, on day: CalendarDay) -> Outcome {
        .promiseToPay(date: day.adding(days: 7), amount: Money(yuan: yuan), method: .bankTransfer)
    }

    static func plan(_ yuan: Int64, on day: CalendarDay) throws -> Outcome {
        .planAgreed(try RepaymentPlan.make(total: Money(yuan: yuan), downPayment: Money(yuan: yuan / 10), instalmentCount: 6, frequency: .monthly,
                                           firstDue: day.adding(days: 14), method: .alipayAutoDebit, statedMonthlyIncome: Money(yuan: 9_000)))
    }

    static let refusal = Outcome.refusedToPay(reason: "说没有收入")

    /// The command books appointments only for today or later, and the story's week is past: a day far ahead.
    static let appointmentDay = "2099-03-16"

    // MARK: The story

    /// The supervisor sets up the server, adds both agents, imports ten cases and gives each
    /// agent five; each laptop makes its identity, enrols with its token and syncs its five.
    static func setUpTheTeam(_ week: TeamWeek) throws {
        #expect(try week.server(["init"]).output.contains("created schema version \(ServerSchema.current)"))
        let tokens = try [TeamWeek.wang, TeamWeek.li].map { person in try week.server(["add-operator", "\(person.name)/\(person.badge)"]).lastLine }
        let file = week.supervisor.home + "/cases.csv"
        try casesCSV.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try week.server(["import", file])
        #expect(imported.output.contains("\(caseCount) new cases, 0 updated"), "\(imported.output)")
        try week.assign((1...5).map(reference), to: TeamWeek.wang)
        try week.assign((6...10).map(reference), to: TeamWeek.li)

        for (laptop, token, own, other) in [(week.wang, tokens[0], 1, 6), (week.li, tokens[1], 6, 1)] {
            try laptop.visitdesk(["init", "--operator", "\(laptop.person.name)/\(laptop.person.badge)"])
            let login = try #require(OperatorLogin.login(ofToken: token))
            try laptop.visitdesk(["enroll", "--pg", week.cluster.url(user: login, database: week.database), "--token", token])
            #expect(try laptop.sync().output.contains("cases added 5,"))
            let cases = try laptop.visitdesk(["cases", "--format", "json"])
            let listed = try #require(try JSONSerialization.jsonObject(with: Data(cases.output.utf8)) as? [[String: Any]])
            #expect(listed.compactMap { $0["ref"] as? String }.sorted() == week.references(of: laptop.person))
            // The other agent's debtors are not on this laptop at all; its own are found by phone.
            #expect(try searchByPhone(laptop, other) == [])
            #expect(try searchByPhone(laptop, own) == [reference(own)])
        }
    }

    /// `visitdesk cases --search PHONE`: the references found.
    static func searchByPhone(_ laptop: TeamLaptop, _ number: Int) throws -> [String] {
        let found = try laptop.commandLine.run(["cases", "--search", phone(number), "--format", "json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(found.output.utf8)) as? [[String: Any]], "\(found.output)\(found.errors)")
        return listed.compactMap { $0["ref"] as? String }
    }

    static func monday(_ week: TeamWeek) throws {
        let day = TeamWeek.day(1)
        try week.attempt(week.wang, reference(2), on: day, at: "09:10", channel: "phone", result: "no-answer")
        try week.attempt(week.wang, reference(5), on: day, at: "09:20", channel: "phone", result: "appointment-made", note: "约好下周一上门")
        try week.appointment(week.wang, reference(5), on: appointmentDay, at: "10:00", visitors: "王磊/WF-0312", confirmed: true)
        try week.visit(week.wang, reference(1), on: day, hour: 10, outcome: promise(3_000, on: day), note: "债务人答应下周转账")
        try week.visit(week.wang, reference(5), on: day, hour: 14, outcome: try plan(6_000, on: day), note: "同意分六期")
        try week.attempt(week.li, reference(8), on: day, at: "09:00", channel: "sms", result: "reached")
        try week.visit(week.li, reference(6), on: day, hour: 10, outcome: refusal, note: "拒绝沟通")
        try week.visit(week.li, reference(7), on: day, hour: 15, outcome: promise(2_000, on: day), note: "月底前还两千")
        try week.wang.sync()
        try week.li.sync()
        try week.review(day)
    }

    /// 李娜's evening sync is cut off after its first batch (a lost connection), then run again.
    static func tuesday(_ week: TeamWeek) throws {
        let day = TeamWeek.day(2)
        try week.visit(week.wang, reference(2), on: day, hour: 11, outcome: promise(1_500, on: day), note: "先还一部分")
        try week.visit(week.wang, reference(3), on: day, hour: 15, outcome: refusal, note: "不认可欠款金额")
        try week.attempt(week.wang, reference(5), on: day, at: "17:30", channel: "phone", result: "reached", note: "确认周五前凑齐首付")
        try week.visit(week.li, reference(8), on: day, hour: 10, outcome: try plan(9_000, on: day), note: "分期还款")
        try week.visit(week.li, reference(9), on: day, hour: 14, outcome: promise(4_000, on: day), note: "下周发工资后还")
        try week.visit(week.li, reference(10), on: day, hour: 16, outcome: refusal, note: "家属代为拒绝")
        try week.attempt(week.li, reference(10), on: day, at: "17:00", channel: "phone", result: "refused")
        try week.wang.sync()

        let liDevice = try week.li.device().deviceID
        let onServer = "SELECT (SELECT count(*) FROM visit_event WHERE device = '\(liDevice)') + (SELECT count(*) FROM case_event WHERE device = '\(liDevice)')"
        let before = try week.count(onServer)
        let cut = try week.li.syncCutOff(batchSize: 4)
        #expect(cut.pushedEvents == 4 && cut.refusals.isEmpty)
        #expect(try week.count(onServer) == before + 4)
        try week.li.sync()
        #expect(try week.count(onServer) == week.li.visitEvents + week.li.caseRecords)
        try week.review(day)
    }

    /// In the morning the supervisor moves HB-005 from 王磊 to 李娜: his evening sync masks
    /// its debtor, hers brings his visit and his records of it.
    static func wednesday(_ week: TeamWeek) throws {
        let day = TeamWeek.day(3)
        let moved = reference(5)
        try week.assign([moved], to: TeamWeek.li)
        try week.visit(week.wang, reference(4), on: day, hour: 10, outcome: promise(2_500, on: day), note: "答应周末前还")
        try week.visit(week.wang, reference(1), on: day, hour: 15, outcome: try plan(5_000, on: day), note: "改为分期")
        try week.attempt(week.wang, reference(3), on: day, at: "09:00", channel: "letter", result: "reached")
        try week.visit(week.li, reference(6), on: day, hour: 11, outcome: promise(1_000, on: day), note: "态度缓和")
        try week.attempt(week.li, reference(7), on: day, at: "16:00", channel: "phone", result: "reached")

        #expect(try week.wang.sync().output.contains("withdrawn 1;"))
        let store = try week.wang.store()
        let withdrawn = try #require(try store.loanCase(reference: moved))
        #expect(withdrawn.phone != phone(5) && withdrawn.phone.contains("*") && withdrawn.address.isEmpty)
        #expect(try searchByPhone(week.wang, 5) == [])
        #expect(try store.visits(caseID: withdrawn.id).count == 1, "his Monday visit stays")
        #expect(try week.wang.visitdesk(["verify"]).output.contains("all intact"))

        let pulled = try week.li.sync()
        #expect(pulled.output.contains("pulled 1 visits of other devices (4 events) and 3 case records; cases added 1,"), "\(pulled.output)")
        #expect(try searchByPhone(week.li, 5) == [moved])
        let records = try week.li.visitdesk(["records", moved, "--lang", "en"])
        #expect(records.output.split(separator: "\n").filter { $0.contains("⇄王磊/WF-0312") }.count == 3, "\(records.output)")
        try week.review(day)
    }

    /// In the morning HB-004 moves to 李娜 too, and she syncs before going out; 王磊, offline
    /// all day, visits it as planned. Both visits are kept and flagged as a conflict.
    static func thursday(_ week: TeamWeek) throws {
        let day = TeamWeek.day(4)
        let contested = reference(4)
        try week.assign([contested], to: TeamWeek.li)
        let morning = try week.li.sync()
        #expect(morning.output.contains("pulled 1 visits of other devices (4 events) and 0 case records; cases added 1,"), "\(morning.output)")
        try week.visit(week.wang, contested, on: day, hour: 10, outcome: promise(2_500, on: day), note: "再次上门确认")
        try week.visit(week.wang, reference(2), on: day, hour: 14, outcome: refusal, note: "又改口不还")
        try week.attempt(week.wang, reference(1), on: day, at: "18:00", channel: "phone", result: "reached")
        try week.visit(week.li, reference(5), on: day, hour: 11, outcome: promise(600, on: day), note: "先付首付")
        try week.visit(week.li, contested, on: day, hour: 15, outcome: try plan(4_500, on: day), note: "新负责人上门")
        try week.appointment(week.li, reference(5), on: appointmentDay, at: "15:00", visitors: "李娜/WF-0400")
        try week.attempt(week.li, reference(9), on: day, at: "09:30", channel: "sms", result: "no-answer")

        #expect(try week.wang.sync().output.contains("withdrawn 1;"))
        #expect(try searchByPhone(week.wang, 4) == [])
        let evening = try week.li.sync()
        #expect(evening.output.contains("pulled 1 visits of other devices (4 events)") && evening.output.contains("; 1 conflicts"), "\(evening.output)")
        #expect(evening.errors.contains("conflict: case \(contested) was visited 2 times on \(day)"), "\(evening.errors)")
        try week.review(day, conflicts: [contested])
    }

    static func friday(_ week: TeamWeek) throws {
        let day = TeamWeek.day(5)
        try week.visit(week.wang, reference(3), on: day, hour: 10, outcome: promise(800, on: day), note: "愿意先还八百")
        try week.visit(week.wang, reference(1), on: day, hour: 14, outcome: promise(1_200, on: day), note: "补充承诺")
        try week.visit(week.li, reference(10), on: day, hour: 10, outcome: promise(700, on: day), note: "本人出面")
        try week.visit(week.li, reference(8), on: day, hour: 13, outcome: refusal, note: "失业")
        try week.visit(week.li, reference(4), on: day, hour: 16, outcome: promise(2_000, on: day), note: "下周还")
        try week.wang.sync()
        try week.li.sync()
        try week.review(day)
    }

    /// The server holds every event each laptop recorded, once; each desk verifies; each
    /// agent's own login reads exactly the cases assigned to them now.
    static func endOfTheWeek(_ week: TeamWeek) throws {
        #expect(try week.count("SELECT count(*) FROM visit") == week.visitCount)
        for laptop in [week.wang, week.li] {
            let device = try laptop.device().deviceID
            let local = try laptop.localEventCounts()
            #expect(local.visitEvents == laptop.visitEvents && local.caseRecords == laptop.caseRecords, "\(laptop.person.badge): \(local)")
            #expect(try week.count("SELECT count(*) FROM visit_event WHERE device = '\(device)'") == laptop.visitEvents)
            #expect(try week.count("SELECT count(*) FROM case_event WHERE device = '\(device)'") == laptop.caseRecords)
            #expect(try laptop.visitdesk(["verify"]).output.contains("all intact"))

            let (address, password) = try laptop.login()
            let readable = try week.cluster.psql(["-d", week.database, "-c", "SELECT string_agg(reference, ',' ORDER BY reference) FROM loan_case"],
                                                 user: address.user, password: password)
            #expect(readable.output.trimmingCharacters(in: .whitespacesAndNewlines) == week.references(of: laptop.person).joined(separator: ","),
                    "\(laptop.person.badge): \(readable.errors)")
        }

        let cases = try week.server(["cases", "--format", "json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(cases.output.utf8)) as? [[String: Any]])
        let held = Dictionary(uniqueKeysWithValues: listed.compactMap { item in (item["ref"] as? String).map { ($0, item["agent"] as? String ?? "") } })
        #expect(held == week.assignments)
    }
}
