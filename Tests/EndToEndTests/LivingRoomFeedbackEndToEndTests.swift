import Foundation
import TestSupport
import Testing

/// The desk at 80×24 explains itself: the selected item's hint, a status line that says what
/// each key did, the focus back on the checklist after a note, a question before undoing work.
@Suite(.serialized)
struct LivingRoomFeedbackEndToEndTests {
    @Test func atEightyByTwentyFourEveryKeyAnswersAndNothingImportantIsCut() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 80, height: 24)

        try desk.press("Enter")
        try desk.waitUntil("the case details with the full address, door number included") {
            $0.contains("Case · HB-2026-0101") && $0.contains("3单元502")
        }
        try desk.type("v")
        try desk.waitFor("Start a visit")
        try desk.press("Tab")
        try desk.type("王强/A1023, 刘洋/A1077")
        try desk.press("Enter")
        try desk.waitFor("Stage 1/9")
        // The first item is answered by the case's records: the strip says what they lack.
        try desk.waitFor("✗ no notice sent 3 days before the visit")

        // Answered by the case's records, not ticked: Space says so.
        try desk.type(" ")
        try desk.waitFor("cannot be ticked")

        try desk.type("n")
        try desk.type("对方说已收到短信")
        try desk.press("Enter")
        try desk.waitFor("Note saved")
        try desk.type("j")
        try desk.waitFor(" Pending")
        try desk.type(" ")
        try desk.waitFor("✓ The reminder states the amount now owed")

        try desk.type("-")
        try desk.waitFor("not applicable instead?")
        try desk.type("n")
        let cancelled = try desk.waitFor("Cancelled — nothing changed")
        #expect(cancelled.contains("[✓]  The reminder states the amount"), "the item is still done")
        #expect(!cancelled.contains("[/]"))

        try desk.type("u")
        try desk.waitFor("undone: ✓ The reminder states the amount now owed")
        try desk.type("q")
    }
}
