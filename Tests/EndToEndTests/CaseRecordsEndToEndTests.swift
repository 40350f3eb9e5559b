import Foundation
import TestSupport
import Testing

/// Between visits, in a real terminal: a notice recorded from the shell, an appointment and
/// a call recorded with `c`, then a visit started from the appointment whose notice and
/// appointment items the case's records answer.
@Suite(.serialized)
struct CaseRecordsEndToEndTests {
    @Test func aContactAndAnAppointmentRecordedOnTheCaseCarryIntoTheVisit() throws {
        let fixture = try DeskFixture()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let fiveDaysAgo = try #require(calendar.date(byAdding: .day, value: -5, to: Date()))
        let parts = calendar.dateComponents([.year, .month, .day], from: fiveDaysAgo)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        let said = try fixture.run(["contact", "HB-2026-0101", "--channel", "letter", "--result", "reached", "--at", "\(day) 10:00",
                                    "--note", "挂号信", "--lang", "en"])
        #expect(said == "HB-2026-0101: contact recorded: letter · reached\n")

        let desk = try fixture.openDesk()
        try desk.press("Enter")
        try desk.waitUntil("the case with its contact") { $0.contains("Case · HB-2026-0101") && $0.contains("Contacts (1)") }

        try desk.type("c")
        try desk.waitFor("Record on the case · HB-2026-0101")
        try desk.type("a")
        try desk.waitFor("new appointment")
        try desk.press("Tab")
        try desk.type("+0d")
        try desk.press("Tab", "Tab")
        try desk.type("小区南门")
        try desk.press("Tab")
        try desk.type("王强/A1023, 刘洋/A1077")
        try desk.press("Tab")
        try desk.type(" ")
        try desk.press("Enter")
        try desk.waitFor("appointment A1 recorded")

        try desk.type("c")
        try desk.waitFor("Record on the case")
        try desk.type("c")
        try desk.waitFor("When")
        try desk.press("Tab", "Tab", "Tab")
        try desk.type("约好今天上门")
        try desk.press("Enter")
        try desk.waitFor("contact recorded: phone · reached")
        try desk.waitUntil("the records in the case details") {
            $0.contains("Appointments (1)") && $0.contains("Contacts (2)") && $0.contains("小区南门 · 王强/A1023, 刘洋/A1077 · confirmed")
        }

        try desk.type("v")
        let form = try desk.waitFor("Start a visit")
        #expect(form.contains("王强/A1023, 刘洋/A1077") && form.contains("小区南门"), "filled from today's appointment")
        try desk.press("Enter")
        let notice = try desk.waitFor("Stage 1/9")
        #expect(notice.contains("[✓]  Notice sent at least 3 days before"), "\(notice)")
        try desk.type("]")
        try desk.waitUntil("the appointment answered by the records") {
            $0.contains("Stage 2/9") && $0.contains("[✓]  Visit time agreed and confirmed")
        }

        try desk.type("h")
        let history = try desk.waitFor("3 case records")
        #expect(history.contains("contact: letter") && history.contains("appointment: A1"))
        try desk.press("Escape")
        try desk.type("q")

        let records = try fixture.run(["records", "HB-2026-0101", "--lang", "en"])
        #expect(records.contains("contact: phone") && records.contains("约好今天上门"))
        let visit = try fixture.run(["summary", "1", "--format", "markdown", "--lang", "en"])
        #expect(visit.contains("小区南门"), "the visit's location came from the appointment")
        try fixture.run(["verify"])
    }
}
