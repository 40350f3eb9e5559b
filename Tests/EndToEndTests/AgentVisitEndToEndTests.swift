import Foundation
import TestSupport
import Testing

/// The desk driven as a user drives it, in a real terminal (tmux) against the built binary.
@Suite(.serialized)
struct AgentVisitEndToEndTests {
    @Test func wholeAgentVisitFromSearchToPrintedSummary() throws {
        let fixture = try DeskFixture()
        // No CUPS: a socket nobody listens on, whatever the machine runs.
        let desk = try fixture.openDesk(extra: ["CUPS_SERVER": fixture.root.appendingPathComponent("no-cupsd.sock").path])

        try desk.type("/")
        try desk.type("李娜")
        try desk.waitFor("Cases (1)")
        try desk.press("Enter")
        try desk.press("Enter")
        // Waits for the whole pane: a capture can fall between the title and the rows of one frame.
        let details = try desk.waitUntil("the case details with the phone masked") {
            $0.contains("Case · HB-2026-0101") && $0.contains("138****8001")
        }
        #expect(!details.contains("13800138001"))

        try desk.type("v")
        try desk.waitFor("Start a visit")
        try desk.press("Tab")
        try desk.press("Tab")
        try desk.type("王强/A1023, 刘洋/A1077")
        try desk.press("Tab")
        try desk.type("客厅")
        try desk.press("Enter")
        try desk.waitFor("Stage 1/9")

        // The first items of the notice and appointment stages are answered by the case's records.
        try desk.type("j")
        try desk.type(" ")
        try desk.waitFor("[✓]")
        try desk.type("]")
        try desk.waitFor("Stage 2/9")
        try desk.type("j")
        try desk.type("x")
        try desk.waitFor("Reason for skipping")
        try desk.type("电话已确认")
        try desk.press("Enter")
        try desk.waitFor("电话已确认")

        try desk.type("n")
        try desk.type("债务人称工资延迟发放，愿意先还一部分")
        try desk.press("Enter")
        try desk.waitUntil("the note in the notes pane") { $0.contains("债务人称工资延迟发放") && !$0.contains("draft saved") }

        try desk.type("o")
        try desk.waitFor("Choose the outcome")
        try desk.type("p")
        try desk.waitFor("Promise to pay")
        try desk.press("Tab")
        try desk.type("abc")
        try desk.press("C-s")
        try desk.waitFor("unexpected")
        try desk.press("BSpace", "BSpace", "BSpace")
        try desk.type("5000")
        try desk.press("C-s")
        try desk.waitFor("¥5,000.00")

        try desk.type("e")
        try desk.waitFor("End the visit")
        try desk.type("c")
        try desk.waitFor("Ended")

        try desk.type("s")
        let summary = try desk.waitFor("Visit summary")
        #expect(summary.contains("HB-2026-0101"))
        let rules = summary.split(separator: "\n").filter { $0.contains("==") }
        #expect(!rules.isEmpty && rules.allSatisfy { $0.contains("│ " + String(repeating: "=", count: 117) + "│") },
                "the record is laid out for the 120-column pane: its rules span it and never wrap")
        try desk.type("w")
        try desk.waitFor("Summary written: ~/data/visitdesk/summaries/HB-2026-0101-visit-1.txt, .md, .pdf")
        let summaries = fixture.root.appendingPathComponent("data/visitdesk/summaries")
        let textFile = summaries.appendingPathComponent("HB-2026-0101-visit-1.txt").path
        let text = try String(contentsOfFile: textFile, encoding: .utf8)
        #expect(text.contains("李娜"))
        #expect(text.contains("138****8001"))
        #expect(text.hasPrefix(String(repeating: "=", count: 80) + "\nHome visit record · Agent\n"), "the written text is 80 columns wide")
        let order = ["\nOutcome\n", "Promise to pay", "\nCompliance warnings\n", "\nRequired items not done\n",
                     "\nStages and checklist\n", "电话已确认", "\nNotes\n", "债务人称工资延迟发放", "\nSignatures\n"]
        var from = text.startIndex
        for expected in order {
            let found = try #require(text.range(of: expected, range: from..<text.endIndex),
                                     "outcome first, then warnings, what was not done, stages, notes and signatures: \(expected)")
            from = found.upperBound
        }
        #expect(FileManager.default.fileExists(atPath: textFile.replacingOccurrences(of: ".txt", with: ".md")))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: textFile.replacingOccurrences(of: ".txt", with: ".pdf")))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))

        try desk.type("P")
        try desk.waitFor("The CUPS print service is not running")

        try desk.press("Escape")
        try desk.type("q")
        try desk.waitFor("[exited 0]")
        try fixture.run(["verify"])
    }

    @Test func debtorVisitUsesTheDebtorPlaybook() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(arguments: ["--lang", "zh"])
        try desk.type("j")
        try desk.type("v")
        try desk.waitFor("开始上门")
        try desk.type(" ")
        try desk.waitFor("债务人")
        try desk.press("Enter")
        try desk.waitFor("阶段 1/8")
        try desk.type(" ")
        try desk.waitFor("[✓]")
        try desk.type("L")
        try desk.waitFor("Stage 1/8")
        try desk.type("q")
        try desk.waitFor("[exited 0]")
    }
}
