import Foundation
import Testing
import TestSupport
import TUI
import VisitDesk
@testable import VisitDeskApp

@Suite(.serialized) struct CommandsTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-commands-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }

    func run(_ arguments: String...) -> Int32 {
        VisitDeskCommand.run(arguments: arguments)
    }

    @Test func demoThenListingSummaryAndVerifySucceed() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        #expect(run("demo", "--db", db) == 0, "a second run writes nothing and is not an error")
        #expect(try VisitStore(path: db).statistics().caseCount == DemoData.cases.count)
        #expect(run("cases", "--db", db) == 0)
        #expect(run("cases", "--db", db, "--search", "张伟", "--format", "json") == 0)
        #expect(run("visits", "--db", db, "--case", "HB-2025-0113") == 0)
        #expect(run("summary", "1", "--db", db) == 0)
        #expect(run("summary", "1", "--db", db, "--format", "json") == 0)
        #expect(run("verify", "--db", db) == 0)
    }

    @Test func summaryTextIsLaidOutForTheWidthAsked() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let binary = try BuiltProducts.path("visitdesk")
        for (arguments, width) in [([String](), 80), (["--width", "120"], 120), (["--width", "60"], 60)] {
            let result = try Subprocess.run([binary, "summary", "1", "--db", db, "--lang", "zh"] + arguments)
            #expect(result.status == 0)
            let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            #expect(lines.first == String(repeating: "=", count: width), "the rule is as wide as asked")
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "no line is wider than \(width)")
            let outcome = try #require(lines.firstIndex(of: "结果"))
            let checklist = try #require(lines.firstIndex(of: "阶段与清单"))
            #expect(outcome < checklist, "the outcome comes first")
        }
        #expect(run("summary", "1", "--db", db, "--width", "20") == 2, "too narrow to lay out is a usage error")
    }

    @Test func badInputExitsWithOne() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("summary", "99", "--db", db) == 1)
        #expect(run("visits", "--db", db, "--case", "NO-SUCH") == 1)
        #expect(run("import", directory.appendingPathComponent("missing.csv").path, "--db", db) == 1)
        #expect(run("playbooks", "--export", "no-such-playbook") == 1)
    }

    @Test func usageErrorsExitWithTwo() {
        #expect(run("summary", "abc") == 2)
        #expect(run("cases", "--format", "xml") == 2)
        #expect(run("cases", "--limit", "0") == 2)
        #expect(run("no-such-command") == 2)
    }

    @Test func helpIsNotAnError() {
        #expect(run("--help") == 0)
        #expect(run("summary", "--help") == 0)
    }

    @Test func aBadCSVImportsNothing() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("cases.csv")
        try "ref,name,phone,id_number,address,product,outstanding,days_overdue\nA-1,张伟,13800138000,,北京,花呗,12,34.5,3\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(run("import", file.path, "--db", db) == 1)
        #expect(try VisitStore(path: db).caseCount(matching: nil) == 0)
    }

    @Test func exportWritesOneJSONArrayToAFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let out = directory.appendingPathComponent("cases.json").path
        #expect(run("export", "--db", db, "--out", out) == 0)
        let array = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [[String: Any]]
        #expect(array?.count == DemoData.cases.count)
        #expect((array?.first?["phone"] as? String)?.contains("****") == true)
        #expect(run("export", "events", "--db", db, "--format", "csv", "--out", directory.appendingPathComponent("e.csv").path) == 0)
    }

    @Test func tablesLineUpChineseNames() {
        let table = TextTable(header: ["NAME", "DAYS"], rows: [["张伟", "186"], ["欧阳娜娜", "5"]], rightAligned: [1]).text
        #expect(table == "NAME      DAYS\n张伟       186\n欧阳娜娜     5")
    }
}
