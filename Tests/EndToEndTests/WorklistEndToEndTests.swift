import Foundation
import TestSupport
import Testing

/// The demo desk's day at 80×24: `t` lists today's appointments, the broken promise and the
/// calls due; Enter opens the case of the line; `R` shows the day's report.
@Suite(.serialized)
struct WorklistEndToEndTests {
    @Test func tOnTheDemoListsTodayAndEnterOpensTheCase() throws {
        let fixture = try DeskFixture()
        let desk = try TmuxSession([fixture.binary, "--demo", "--lang", "en"], width: 80, height: 24,
                                   environment: fixture.environment.merging(["TZ": "Asia/Shanghai"]) { $1 })
        try desk.waitFor("Cases (40)")
        try desk.type("t")
        let list = try desk.waitUntil("today's worklist") { $0.contains("Appointments (2)") && $0.contains("Next actions due") }
        #expect(list.contains("14:30 JB-2025-0533 黄丽"))
        #expect(list.contains("卢文博") && list.contains("broken"))
        try desk.press("Enter")
        try desk.waitFor("Case · JB-2025-0533")
        try desk.type("t")
        try desk.waitFor("Appointments (2)")
        try desk.type("]")
        try desk.waitUntil("tomorrow's appointment") { $0.contains("Appointments (1)") && $0.contains("09:30 WL-2025-0683") }
        try desk.press("Escape")
        try desk.type("R")
        try desk.waitUntil("the day's report") { $0.contains("Day report · ") && $0.contains("At a glance") }
        try desk.press("Escape")
        try desk.type("q")
    }
}
