import Foundation
import TestSupport
import Testing

/// What must hold whatever happens: a kill, a second terminal, a resize, no colours, an
/// external editor, no terminal at all.
@Suite(.serialized)
struct DeskResilienceEndToEndTests {
    @Test func killDashNineLosesNoTickAndKeepsTheDraft() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type("j")
        try desk.type(" ")
        try desk.type("j")
        try desk.type(" ")
        try desk.waitUntil("two ticks") { $0.components(separatedBy: "[✓]").count == 3 }
        try desk.type("n")
        try desk.type("债务人说下个月")
        try desk.waitFor("draft saved")
        try desk.signalProgram("KILL")
        try desk.waitFor("[exited 137]")

        let again = try fixture.openDesk()
        try again.press("Enter")
        let screen = try again.waitFor("Unsaved note draft restored")
        #expect(screen.components(separatedBy: "[✓]").count == 3)
        #expect(screen.contains("> 债务人说下个月"))
    }

    @Test func secondTerminalSeesChangesWithoutAKey() throws {
        let fixture = try DeskFixture()
        let first = try fixture.openDesk()
        try first.startVisitOnFirstCase()
        let second = try fixture.openDesk()
        try second.press("Enter")
        try second.waitFor("Stage 1/9")
        try first.type("j")
        try first.type(" ")
        try first.waitFor("[✓]")
        var shown = ContinuousClock.now
        try second.waitFor("[✓]")
        #expect(ContinuousClock.now - shown < .seconds(2), "the tick shows in the second terminal within a second or so")
        try first.type("]")
        try first.waitFor("Stage 2/9")
        shown = ContinuousClock.now
        try second.waitFor("Stage 2/9")
        #expect(ContinuousClock.now - shown < .seconds(2), "the next stage shows in the second terminal within a second or so")
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 80, height: 24)
        try desk.resize(width: 50, height: 12)
        let small = try desk.waitFor("The terminal is too small")
        #expect(small.contains("needed 60×16 · now 50×12"))
        try desk.resize(width: 80, height: 24)
        try desk.waitFor("Cases (3)")
        try desk.resize(width: 50, height: 12)
        try desk.waitFor("too small")
        try desk.type("q")
        try desk.waitFor("[exited 0]")
    }

    @Test func noColorLeavesNoColourEscapes() throws {
        let fixture = try DeskFixture()
        let coloured = try fixture.openDesk()
        #expect(try coloured.screenWithEscapes().contains("38;5;"), "the default theme uses palette colours")
        let plain = try fixture.openDesk(extra: ["NO_COLOR": "1"])
        let screen = try plain.screenWithEscapes()
        // Colours 30–37/40–47 (and bright 90–97/100–107) or palette colours; 39/49 only reset to the default.
        let colour = try Regex("\u{1B}\\[(?:[0-9;]*;)?(?:3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]")
        #expect(screen.firstMatch(of: colour) == nil, "a colour escape with NO_COLOR:\n\(screen)")
        #expect(screen.contains("\u{1B}[1m"), "bold still marks the focused pane")
    }

    @Test func longNoteFromTheExternalEditor() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type("N")
        try desk.waitFor("编辑器里写的长记录")
        try desk.waitFor("Stage 1/9")
    }

    @Test func refusesWithoutATerminal() throws {
        let fixture = try DeskFixture()
        let result = try Subprocess.run([fixture.binary], environment: fixture.environment.merging(["TERM": "xterm-256color"]) { $1 })
        #expect(result.status == 2)
        #expect(result.errors.split(separator: "\n").count == 1, "one line: \(result.errors)")
        let message = result.errors
        #expect(message.contains("terminal"))
    }

    @Test func refusesAnUnknownTerminalType() throws {
        let fixture = try DeskFixture()
        let desk = try TmuxSession([fixture.binary], environment: fixture.environment.merging(["TERM": "no-such-terminal"]) { $1 })
        let screen = try desk.waitFor("[exited 2]")
        #expect(screen.contains("no-such-terminal"))
    }

    @Test func reviewOfAPastVisitIsReadOnly() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type(" ")
        try desk.type("e")
        try desk.type("c")
        try desk.waitFor("Ended")
        try desk.type("H")
        try desk.waitFor("Past visits — all cases (1)")
        let eventsBefore = try fixture.run(["export", "events", "--format", "json"])
        try desk.press("Enter")
        try desk.waitFor("Review (read-only)")
        try desk.type("G")
        let review = try desk.waitFor("Timeline")
        #expect(review.contains("visit started"))
        try desk.type(" ")
        try desk.type("u")
        try desk.type("x")
        try desk.press("Escape", "Escape")
        try desk.waitFor("Cases (3)")
        #expect(try fixture.run(["export", "events", "--format", "json"]) == eventsBefore, "review changed nothing")
    }
}
