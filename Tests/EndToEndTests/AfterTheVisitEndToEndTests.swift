import Foundation
import Testing
import TestSupport

/// A debtor's visit walked from start to end at 80×24 in the debtor's own words, and an
/// addendum written after an agent visit ended with "asked to leave", on the built program.
@Suite(.serialized)
struct AfterTheVisitEndToEndTests {
    @Test func aDebtorVisitIsWalkedStartToEndAt80x24InTheDebtorsWords() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 80, height: 24)
        try desk.press("Enter")
        try desk.waitFor("Case · HB-2026-0101")
        try desk.type("v")
        try desk.waitFor("Start a visit")
        try desk.type(" ")
        try desk.waitFor("Record a visit to me")
        try desk.waitFor("Who came")
        try desk.press("Tab")
        try desk.press("Tab")
        try desk.type("陈某/工号0931, 周某")
        try desk.press("Tab")
        try desk.type("家门口")
        try desk.press("Enter")
        try desk.waitFor("Stage 1/8")

        try desk.type("V")
        try desk.waitFor("Correct who came")
        try desk.type(", 吴某")
        try desk.press("Enter")
        try desk.waitUntil("the corrections dialog closed") { !$0.contains("Correct who came") }

        try desk.type(" ")
        try desk.waitFor("[✓]")
        for stage in 2...8 {
            try desk.type("]")
            try desk.waitFor("Stage \(stage)/8")
        }
        try desk.waitFor("Call 110 if you are threatened")

        try desk.type("o")
        try desk.waitFor("What did we agree?")
        try desk.press("Escape")
        try desk.type("e")
        try desk.waitFor("How did the visit end?")
        try desk.waitFor("I asked them to leave (a)")
        try desk.type("c")
        try desk.waitFor("Your rights · Ended")
        try desk.press("Down")
        try desk.type(" ")
        try desk.waitUntil("a follow-up item ticked after the end") { $0.contains("[✓]") && $0.contains("Report misconduct") }

        try desk.type("s")
        let summary = try desk.waitFor("My record of the visit")
        #expect(!summary.contains("Visit summary"))
        let record = try fixture.run(["summary", "1", "--format", "markdown", "--lang", "en"])
        #expect(record.contains("Who came"))
        #expect(record.contains("陈某 (工号0931), 周某, 吴某"))
        #expect(record.contains("listed at start: 陈某 (工号0931), 周某"))
        #expect(record.contains("The visit is over"))
        try desk.press("Escape")
        try desk.type("q")
    }

    @Test func anAddendumIsWrittenAfterAnAgentVisitWasEndedWithAskedToLeave() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type("e")
        try desk.waitFor("Asked to leave — the visit must stop now (a)")
        try desk.type("a")
        try desk.waitFor("Locked (asked to leave)")
        try desk.type(" ")
        try desk.waitFor("only addenda (n) can be added")
        try desk.type("n")
        try desk.waitFor("addendum (the visit has ended)")
        try desk.type("离开后在楼下补记：对方情绪激动")
        try desk.press("Enter")
        try desk.waitFor("[addendum] 离开后在楼下补记")
        let record = try fixture.run(["summary", "1", "--format", "markdown", "--lang", "en"])
        #expect(record.contains("[addendum, after the end] 离开后在楼下补记：对方情绪激动"))
        #expect(record.contains("Asked to leave — the visit must stop now"))
        try fixture.run(["verify"])  // exits non-zero, and throws, if the chain does not check out
        try desk.type("q")
    }
}
