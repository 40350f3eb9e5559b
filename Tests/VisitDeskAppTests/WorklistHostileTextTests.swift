import Foundation
import TUI
import TestSupport
import Testing
@testable import VisitDeskApp
@testable import VisitDesk

/// Escapes and controls in the rows the worklist and the day's report read (an appointment's
/// place and visitors, an obligation's id, the case's name) reach no terminal raw: not through
/// `today`, `report` in any form, nor the desk's `t` and `R` screens.
@Suite(.serialized) struct WorklistHostileTextTests {
    /// Today as the desk of `HostileStore.desk()` sees it (Shanghai): the day of the hostile rows.
    static let day = CalendarDay.today(in: TimeZone(identifier: "Asia/Shanghai")!).description
    /// The day of the hostile store's first visit.
    static let visitDay = "2026-01-01"

    /// The hostile store with an appointment, an obligation and a next action on its case, written past the store's checks.
    func fixture() throws -> HostileStore {
        let fixture = try HostileStore()
        let h = HostileStore.text
        let visitors = String(decoding: try JSONEncoder().encode([Visitor(name: "AV-" + h, badge: "AB-" + h)]), as: UTF8.self)
        try fixture.store.write { db in
            try db.execute(sql: "INSERT INTO appointment (caseID, id, day, time, place, visitors, confirmed, cancelled) VALUES (1, ?, ?, ?, ?, ?, 1, 0)",
                           arguments: ["A-" + h, Self.day, "T-" + h, "Place-" + h, visitors])
            try db.execute(sql: """
                INSERT INTO obligation (id, caseID, visitID, number, agreedOn, due, amountFen, paidFen, graceDays, graceEnds, state, markReason)
                VALUES (?, 1, 1, 1, '2025-12-20', ?, 50000, 0, 3, ?, 'pending', NULL)
                """, arguments: ["O-" + h, Self.day, Self.day])
            try db.execute(sql: "UPDATE loanCase SET nextAction = ?, nextActionKind = 'call' WHERE id = 1", arguments: [Self.day])
        }
        return fixture
    }

    private func expectSafe(_ text: String, _ where: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.contains("[2J"), "\(`where`) shows the hostile text", sourceLocation: sourceLocation)
        #expect(HostileStore.unsafeScalars(in: text).isEmpty, "\(`where`) holds a raw control", sourceLocation: sourceLocation)
    }

    @Test func todayAndReportPrintNoRawControl() throws {
        let fixture = try fixture()
        for arguments in [["today", "--date", Self.day], ["today", "--date", Self.day, "--format", "json"],
                          ["report", "--date", Self.day], ["report", "--date", Self.day, "--format", "markdown"],
                          ["report", "--date", Self.day, "--format", "json"], ["report", "--date", Self.visitDay],
                          ["report", "--date", Self.visitDay, "--format", "markdown"]] {
            for language in ["zh", "en"] {
                let result = try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments + ["--lang", language], environment: fixture.environment)
                #expect(result.status == 0, "\(arguments): \(result.errors)")
                expectSafe(result.output, arguments.joined(separator: " "))
                #expect(HostileStore.unsafeScalars(in: result.errors).isEmpty)
            }
        }
        let json = try fixture.run("today", "--date", Self.day, "--format", "json").output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let place = (object["appointments"] as? [[String: Any]])?.first?["place"] as? String
        #expect(place?.hasPrefix("Place-A\u{1B}[2J B\u{1B}]52;c;SGVsbG8=\u{07}") == true, "JSON carries the text itself, escaped")
    }

    @Test func theDesksWorklistAndReportShowNoRawControl() throws {
        let fixture = try fixture()
        let (desk, backend) = try fixture.desk()
        let day = try CalendarDay.parse(Self.day, today: DomainLimits.earliestDay)
        #expect(desk.state.clock.timeZone.identifier == "Asia/Shanghai")
        for effect: Effect in [.loadWorklist(day: day), .loadDayReport(day: day)] {
            try desk.press(.character(effect == .loadWorklist(day: day) ? "t" : "R"))
            try AppFixture.run(effect, on: desk)
            let screen = backend.textLines.joined(separator: "\n")
            expectSafe(screen, "\(effect)")
            let frame = backend.lastFrame
            for row in 0..<frame.height {
                for column in 0..<frame.width where frame[x: column, y: row].grapheme.unicodeScalars.contains(where: SafeText.isUnsafe) {
                    Issue.record("\(effect): cell \(column),\(row) holds a control")
                }
            }
            try desk.press(.escape)
        }
    }
}
