import Foundation
import TestSupport
import Testing

/// The outcome form at 80×24 in a real terminal: a plan is typed once, its share of income
/// shows while typing, and stage 7's plan items come out marked with its figures.
@Suite(.serialized)
struct PlanFormEndToEndTests {
    @Test func aPlanShowsItsIncomeShareLiveAndMarksStageSevenWithItsFigures() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 80, height: 24)
        try desk.startVisitOnFirstCase()

        try desk.type("o")
        try desk.waitFor("Choose the outcome")
        try desk.type("l")
        try desk.waitFor("62120.70")
        try desk.type("70000")
        try desk.press("Tab", "Tab")
        try desk.type("12")
        try desk.press("Tab", "Tab", "Tab")
        try desk.type("2020-01-01")
        try desk.press("C-s")
        let refused = try desk.waitUntil("both errors at once") {
            $0.contains("more than the ¥62,120.70 outstanding") && $0.contains("the date cannot be before today")
        }
        #expect(refused.contains("Repayment plan agreed"), "the form stays open")

        try desk.press("Up", "Up", "Up", "Up", "Up", "C-u")
        try desk.type("12000")
        try desk.waitUntil("the total's error cleared as it was corrected") {
            !$0.contains("outstanding") && $0.contains("the date cannot be before today")
        }
        try desk.press("Tab", "Tab", "Tab", "Tab", "Tab", "C-u")
        try desk.type("+30d")
        try desk.press("Tab", "Tab")
        try desk.type("4000")
        try desk.waitFor("Monthly payment / stated income: 25.0% (¥1,000.00 / ¥4,000.00)")
        try desk.press("BSpace")
        try desk.waitFor("⚠ Monthly payment ¥1,000.00 is above 50% of the stated monthly income")
        try desk.press("C-s")
        try desk.waitFor("Outcome: Repayment plan agreed")

        for _ in 0..<6 { try desk.type("]") }
        let stage = try desk.waitUntil("stage 7 with its plan items marked") {
            $0.contains("Stage 7/9") && $0.contains("¥1,000.00 each") && $0.contains("12 × monthly")
        }
        #expect(stage.contains("[✓]  Instalment amount agreed"))
        // At 80×24 long items wrap, so the list scrolls: each item is read as it is selected,
        // in full in the detail strip.
        var method = "", affordable = ""
        for _ in 0..<4 {
            // The highlight moves even when no text does: compare with the colours.
            let before = try desk.screenWithEscapes()
            try desk.type("j")
            _ = try desk.poll { try desk.screenWithEscapes() != before }
            let screen = try desk.screen()
            if screen.contains("Alipay") && screen.contains("method") { method = screen }
            if screen.contains("Instalment checked as affordable") { affordable = screen }
        }
        #expect(method.contains("[✓]"), "the method item is marked with the method")
        #expect(!affordable.isEmpty && !affordable.contains("[✓]  Instalment checked"),
                "affordability stays the agent's call: \(affordable)")
    }
}
