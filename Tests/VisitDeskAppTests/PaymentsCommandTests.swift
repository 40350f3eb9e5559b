import Foundation
import Testing
import TestSupport
import VisitDesk

/// `visitdesk payments import` and `visitdesk obligations` as a user runs them: what they say,
/// in which language, their exit status, and the grace days of `config.toml`.
@Suite(.serialized) struct PaymentsCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-payments-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }
    var configHome: URL { directory.appendingPathComponent("config") }

    /// A store whose first case promised ¥500 by 2026-03-01; returns the promise's obligation id.
    func storeWithAPromise() throws -> String {
        let store = try VisitStore(path: db)
        let loanCase = try store.insertCases([LoanCase(reference: "HB-2025-0113", debtorName: "张伟", phone: "", idNumber: "", address: "北京市朝阳区",
                                                       product: "花呗", outstanding: Money(yuan: 8_000), daysOverdue: 30)])[0]
        let start = Date(timeIntervalSince1970: 1_767_232_800)
        let visit = try store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王磊", badge: "A-001")],
                                         location: "家中", at: start)
        try store.append(.outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 3, day: 1), amount: Money(yuan: 500), method: .bankTransfer)),
                         to: visit.id, at: start)
        try store.append(.ended(reason: .completed), to: visit.id, at: start)
        return "V\(visit.id)-1"
    }

    func file(_ text: String, named name: String = "bank.csv") throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func run(_ arguments: [String], language: String = "en_US.UTF-8", graceDays: String? = nil) throws -> Subprocess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = language
        environment["XDG_CONFIG_HOME"] = configHome.path
        if let graceDays {
            try FileManager.default.createDirectory(at: configHome.appendingPathComponent("visitdesk"), withIntermediateDirectories: true)
            try Data("[obligations]\ngrace_days = \(graceDays)\n".utf8).write(to: configHome.appendingPathComponent("visitdesk/config.toml"))
        }
        return try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments + ["--db", db], environment: environment)
    }

    @Test func importSaysWhatItReadAndHowObligationsMovedThenRefusesTheSameFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let id = try storeWithAPromise()
        let payments = try file("ref,date,amount\nHB-2025-0113,2026-03-02,500\n")
        let first = try run(["payments", "import", payments])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors == "posted 1 payment to 1 case (read as UTF-8, comma-separated); obligations: 1 kept\n")
        let again = try run(["payments", "import", payments], language: "zh_CN.UTF-8")
        #expect(again.status == 1)
        #expect(again.errors.contains("未入账任何还款，文件中有 1 个问题：\n第 2 行第 1 列：这笔还款（bank.csv:2）已于"))

        let listed = try run(["obligations", "--format", "json"])
        #expect(listed.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["id"] as? String } == [id] && objects.map { $0["state"] as? String } == ["kept"])
        #expect(objects.map { $0["case"] as? String } == ["HB-2025-0113"] && objects.map { $0["amount"] as? String } == ["500.00"])
        let table = try run(["obligations", "list", "--state", "kept", "--due-before", "2026-04-01", "--lang", "en"])
        #expect(table.status == 0 && table.output.contains(id) && table.output.contains("kept") && table.output.contains("¥500.00"))
        let none = try run(["obligations", "--state", "broken", "--case", "HB-2025-0113"])
        #expect(none.status == 0 && none.errors.contains("no obligation matches"))
    }

    @Test func aBadFileExitsWithOneListingEveryProblem() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        _ = try storeWithAPromise()
        let result = try run(["payments", "import", try file("ref,date,amount\nHB-2025-0113,2026-03-02,500\nNOPE,2026-13-01,-5\n")])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("visitdesk: no payment posted, 3 problems in the file:\nline 3, column 1: no case has the ref NOPE"))
        #expect(try VisitStore(path: db).obligations(ObligationQuery(day: CalendarDay(year: 2026, month: 6, day: 1))).map(\.obligation.paid) == [.zero])
    }

    @Test func marksByHandNeedAReasonAndAKnownObligation() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let id = try storeWithAPromise()
        let marked = try run(["obligations", "mark", id, "--state", "kept", "--reason", "柜台现金收据 No. 0032"])
        #expect(marked.status == 0 && marked.errors == "marked \(id) kept\n")
        #expect(try VisitStore(path: db).obligation(id: id)?.markReason == "柜台现金收据 No. 0032")
        let unknown = try run(["obligations", "mark", "V404-1", "--state", "kept", "--reason", "x"])
        #expect(unknown.status == 1 && unknown.errors.contains("there is no obligation V404-1"))
        #expect(try run(["obligations", "mark", id, "--state", "kept", "--reason", " "]).status == 2)
        #expect(try run(["obligations", "mark", id, "--state", "paid", "--reason", "x"]).status == 2)
        #expect(try run(["verify"]).status == 0)
    }

    @Test func graceDaysComeFromConfigToml() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        _ = try storeWithAPromise()
        let refused = try run(["obligations"], graceDays: "61")
        #expect(refused.status == 1 && refused.errors.contains("config.toml:2: obligations.grace_days: 61 is not between 0 and 60"))
        let late = try run(["payments", "import", try file("ref,date,amount\nHB-2025-0113,2026-03-02,500\n")], graceDays: "0")
        #expect(late.status == 0 && late.errors.hasSuffix("obligations: none changed\n"), "a day late counts for nothing with no grace: \(late.errors)")
        let listed = try run(["obligations", "--format", "json"], graceDays: "0")
        #expect(listed.output.contains("\"grace_ends\" : \"2026-03-01\""))
    }
}
