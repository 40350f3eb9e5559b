import Foundation
import Testing
import TestSupport
import TUI
import VisitDesk
@testable import VisitDeskApp

/// `visitdesk today` and `visitdesk report` on the demo database, run as a user runs them.
@Suite(.serialized) struct TodayAndReportCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-today-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("demo.sqlite").path }
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    /// Shanghai time, the demo's zone, and a home of its own (no configuration file).
    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": directory.path, "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
         "TZ": "Asia/Shanghai", "LC_ALL": "C.UTF-8"]
    }

    func visitdesk(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments, environment: environment)
    }

    func json(_ result: Subprocess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test func todayListsTheDemosDayAsJSONAndAsTables() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try visitdesk("demo", "--db", db).status == 0)
        let today = CalendarDay.today(in: Self.zone)
        let object = try json(try visitdesk("today", "--db", db, "--format", "json"))
        #expect(object["date"] as? String == today.description)
        let appointments = try #require(object["appointments"] as? [[String: Any]])
        #expect(appointments.map { $0["time"] as? String } == ["14:30", "19:00"])
        #expect(appointments.map { $0["case"] as? String } == ["JB-2025-0533", "HB-2025-0241"])
        let obligations = try #require(object["obligations"] as? [[String: Any]])
        #expect(obligations.map { $0["state"] as? String } == ["pending", "broken", "partlyKept"])
        #expect(obligations.map { $0["amount"] as? String } == ["920.80", "1743.00", "1000.00"])
        #expect(obligations.allSatisfy { ($0["due"] as? String)?.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil })
        let actions = try #require(object["nextActions"] as? [[String: Any]])
        #expect(actions.count == object["nextActionTotal"] as? Int && actions.count >= 5)
        let tomorrow = try json(try visitdesk("today", "--db", db, "--date", "+1d", "--format", "json"))
        #expect((tomorrow["appointments"] as? [[String: Any]])?.map { $0["case"] as? String } == ["WL-2025-0683"])
        let table = try visitdesk("today", "--db", db, "--lang", "zh")
        #expect(table.status == 0)
        for text in ["今日工作 · \(today)", "预约 (2)", "到期与违约 (3)", "卢文博", "违约", "部分履约", "待办下一步"] {
            #expect(table.output.contains(text), "\(text)")
        }
        let phones = DemoData.cases.map(\.phone), ids = DemoData.cases.map(\.idNumber)
        #expect(!phones.contains { table.output.contains($0) } && !ids.contains { table.output.contains($0) })
    }

    @Test func aDateThatIsNotADayIsRefusedInBothLanguages() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try visitdesk("demo", "--db", db).status == 0)
        for text in ["2026-02-30", "tomorrow", "1999-12-31"] {
            let result = try visitdesk("today", "--db", db, "--date", text)
            #expect(result.status == 1 && result.errors.contains("--date \(text) is not a day"), "\(result.errors)")
            #expect(try visitdesk("report", "--db", db, "--date", text).status == 1)
        }
        var chinese = environment
        chinese["LC_ALL"] = "zh_CN.UTF-8"
        let result = try Subprocess.run([try BuiltProducts.path("visitdesk"), "today", "--db", db, "--date", "2026-02-30"], environment: chinese)
        #expect(result.errors.contains("--date 2026-02-30 不是可用的日期：没有这一天"), "\(result.errors)")
    }

    @Test func yesterdaysReportInEveryFormatAndForOneAgent() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try visitdesk("demo", "--db", db).status == 0)
        let yesterday = CalendarDay.today(in: Self.zone).adding(days: -1).description
        let object = try json(try visitdesk("report", "--db", db, "--date", yesterday, "--format", "json"))
        #expect(object["date"] as? String == yesterday)
        #expect((object["contacts"] as? [[String: Any]])?.count == 5)
        #expect((object["appointments"] as? [[String: Any]])?.map { $0["case"] as? String } == ["WL-2025-0683"])
        let mine = try json(try visitdesk("report", "--db", db, "--date", yesterday, "--agent", "王磊", "--format", "json"))
        #expect(mine["agent"] as? String == "王磊" && (mine["contacts"] as? [[String: Any]])?.count == 4)
        let theirs = try json(try visitdesk("report", "--db", db, "--date", yesterday, "--agent", "周建华", "--format", "json"))
        #expect((theirs["contacts"] as? [[String: Any]])?.map { $0["case"] as? String } == ["HB-2025-0881"])
        // The day of the first demo visit: a plan, its down payment kept the same evening.
        let first = DemoData.visits(forDay: CalendarDay.today(in: Self.zone))[0].startedAt
        let visitDay = CalendarDay(first, in: Self.zone).description
        let markdown = try visitdesk("report", "--db", db, "--date", visitDay, "--format", "markdown", "--lang", "en")
        #expect(markdown.status == 0)
        for text in ["# Day report · \(visitDay)", "## Visits", "| Repayment plan agreed | 1 |", "| Planned | ¥62,120.70 |", "| Kept rate | 100% |"] {
            #expect(markdown.output.contains(text), "\(text)")
        }
        let text = try visitdesk("report", "--db", db, "--date", visitDay, "--lang", "zh", "--width", "60")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == String(repeating: "=", count: 60) && lines.allSatisfy { $0.displayWidth <= 60 })
        #expect(text.output.contains("履约率    100%"))
        #expect(try visitdesk("report", "--db", db, "--agent", "  ").status == 2)
    }
}
