import Foundation
import TUI
import TestSupport
import Testing
@testable import VisitDeskApp
@testable import VisitDesk

/// Terminal escapes, controls and bidi overrides stored in the database (by old or
/// hand-edited data) never reach a terminal or a file raw, through any output: tables,
/// text, Markdown, JSON, CSV, written summaries, playbooks, error messages and the desk.
/// JSON still carries the original text, escaped.
@Suite(.serialized) struct HostileTextOutputTests {
    private func expectSafe(_ text: String, _ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.contains("[2J"), "\(output) shows the hostile text at all", sourceLocation: sourceLocation)
        let found = HostileStore.unsafeScalars(in: text)
        #expect(found.isEmpty, "\(output) holds \(found.joined(separator: ", ")) raw", sourceLocation: sourceLocation)
    }

    private func expectSafeRun(_ fixture: HostileStore, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments, environment: fixture.environment)
        let label = "visitdesk \(arguments.joined(separator: " "))"
        #expect(result.status == 0, "\(label) exited \(result.status): \(result.errors)", sourceLocation: sourceLocation)
        if !arguments.contains("--out") { expectSafe(result.output, label + " (stdout)", sourceLocation: sourceLocation) }
        #expect(HostileStore.unsafeScalars(in: result.errors).isEmpty, "\(label) (stderr)", sourceLocation: sourceLocation)
    }

    @Test func everyCommandOutputNeutralisesStoredEscapes() throws {
        let fixture = try HostileStore()
        for format in ["table", "json"] {
            try expectSafeRun(fixture, "cases", "--format", format, "--lang", "en")
            try expectSafeRun(fixture, "cases", "--format", format, "--lang", "zh", "--reveal")
            try expectSafeRun(fixture, "visits", "--format", format, "--lang", "en")
        }
        for visit in ["1", "2"] {
            for format in ["text", "markdown", "json"] {
                try expectSafeRun(fixture, "summary", visit, "--format", format, "--lang", "en")
                try expectSafeRun(fixture, "summary", visit, "--format", format, "--lang", "zh", "--reveal")
            }
        }
        for subject in ["cases", "visits", "events"] {
            for format in ["json", "csv"] {
                try expectSafeRun(fixture, "export", subject, "--format", format)
                let out = fixture.root.appendingPathComponent("\(subject).\(format)").path
                try expectSafeRun(fixture, "export", subject, "--format", format, "--out", out, "--reveal")
                expectSafe(try String(contentsOfFile: out, encoding: .utf8), "the exported \(subject).\(format) file")
            }
        }
    }

    @Test func playbooksListAndExportNeutraliseACustomPlaybook() throws {
        let fixture = try HostileStore()
        let list = try fixture.run("playbooks", "--lang", "en")
        #expect(list.status == 0)
        #expect(HostileStore.unsafeScalars(in: list.output + list.errors).isEmpty, "the playbook list holds no raw control")
        let shown = list.output + list.errors
        #expect(shown.contains("[2J") || shown.contains("hostile.toml:") && shown.contains("U+001B (escape)"),
                "the custom playbook is listed, or its refusal names its file and the character")
        if list.output.contains(HostileStore.playbookID) {
            try expectSafeRun(fixture, "playbooks", "--export", HostileStore.playbookID)
        }
    }

    @Test func importErrorsEchoingABadValueAreNeutralised() throws {
        let fixture = try HostileStore()
        let csv = fixture.root.appendingPathComponent("bad.csv")
        try Data("ref,name,phone,id_number,address,product,outstanding,days_overdue,status\nX-1,张伟,1380013\u{1B}[2J800,,北京,花呗,12.00,\u{9B}3[2J\u{07},\u{202E}[2J\u{00}\n".utf8)
            .write(to: csv)
        let result = try fixture.run("import", csv.path)
        #expect(result.status == 1)
        // The importer refuses the controls by name instead of echoing them.
        #expect(result.errors.contains("U+001B (escape)") && result.errors.contains("U+202E (bidirectional control)"))
        #expect(HostileStore.unsafeScalars(in: result.errors).isEmpty, "the import error holds no raw control")
    }

    @Test func jsonKeepsTheOriginalTextEscaped() throws {
        let fixture = try HostileStore()
        let h = HostileStore.text
        let cases = try fixture.run("cases", "--format", "json")
        let caseObject = try #require((try JSONSerialization.jsonObject(with: Data(cases.output.utf8)) as? [[String: Any]])?.first)
        // The case row's text is what SQLite hands back: everything before the NUL.
        let stored = try #require(try fixture.store.loanCase(id: fixture.caseID))
        #expect(stored.debtorName.hasPrefix("N-A\u{1B}[2J") && stored.debtorName.contains("\u{9B}") && stored.debtorName.contains("\u{202E}"))
        #expect(caseObject["name"] as? String == stored.debtorName)
        #expect(caseObject["tags"] as? [String] == ["T-" + h])
        let summary = try fixture.run("summary", "1", "--format", "json")
        let summaryObject = try #require(try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any])
        #expect((summaryObject["case"] as? [String: Any])?["address"] as? String == stored.address)
        #expect((summaryObject["visit"] as? [String: Any])?["location"] as? String == "L-" + h)
        #expect(((summaryObject["outcome"] as? [String: Any])?["reason"]) as? String == "O-" + h)
        let events = try fixture.run("export", "events")
        let eventArray = try #require(try JSONSerialization.jsonObject(with: Data(events.output.utf8)) as? [[String: Any]])
        #expect(eventArray.contains { $0["text"] as? String == "Note2-" + h })
    }

    private func expectNoControlInAnyCell(_ backend: MemoryBackend, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSafe(backend.textLines.joined(separator: "\n"), screen, sourceLocation: sourceLocation)
        let frame = backend.lastFrame
        for row in 0..<frame.height {
            for column in 0..<frame.width where frame[x: column, y: row].grapheme.unicodeScalars.contains(where: SafeText.isUnsafe) {
                Issue.record("\(screen): cell \(column),\(row) holds a control", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theDeskAndItsWrittenSummariesNeutraliseStoredEscapes() throws {
        let fixture = try HostileStore()
        let (desk, backend) = try fixture.desk()
        expectNoControlInAnyCell(backend, "the case list")
        try desk.press(.enter)
        expectNoControlInAnyCell(backend, "the desk with the case open")
        #expect(backend.textLines.joined().contains("Note2-"), "the open visit's note is on screen")

        try desk.dispatch(.historyLoaded(try fixture.store.visits(caseID: fixture.caseID, matching: nil, limit: 10)))
        expectNoControlInAnyCell(backend, "the visit history")
        for visitID: Int64 in [1, 2] {
            try AppFixture.run(.openReview(visitID: visitID, language: desk.state.language), on: desk)
            expectNoControlInAnyCell(backend, "the review of visit \(visitID)")
            try AppFixture.run(.loadSummary(visitID: visitID, language: desk.state.language), on: desk)
            expectNoControlInAnyCell(backend, "the summary of visit \(visitID)")
            try desk.press(.character("w"))
        }

        let written = try FileManager.default.contentsOfDirectory(atPath: fixture.summaryFolder.path).sorted()
        #expect(written.count == 6, "w wrote a .txt, a .md and a .pdf per visit: \(written)")
        for name in written {
            let path = fixture.summaryFolder.appendingPathComponent(name).path
            let text = name.hasSuffix(".pdf") ? try Subprocess.run(["pdftotext", path, "-"]).output
                : try String(contentsOfFile: path, encoding: .utf8)
            expectSafe(text, "the written summary \(name)")
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name) is readable by its owner only")
        }
    }
}
