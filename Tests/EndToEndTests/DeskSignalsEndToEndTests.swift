import Foundation
import TestSupport
import Testing

/// Signals, job control, terminals and pastes on the built binary in tmux: nothing typed
/// is lost, no backtrace lands on the screen, and the terminal is always given back.
@Suite(.serialized)
struct DeskSignalsEndToEndTests {
    @Test func aTerminalThatCannotMoveTheCursorIsRefusedWithOneLine() throws {
        let fixture = try DeskFixture()
        let desk = try TmuxSession([fixture.binary], width: 200, environment: fixture.environment.merging(["TERM": "dumb"]) { $1 })
        let screen = try desk.waitFor("[exited 2]")
        let lines = screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count == 2, "one line, then the exit status:\n\(screen)")
        #expect(screen.contains("TERM=dumb cannot move the cursor"))
    }

    @Test func sigtermWhileTypingANoteKeepsTheNote() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type("n")
        try desk.type("收到信号前的最后几个字")
        try desk.waitFor("> 收到信号前的最后几个字")
        try desk.signalProgram("TERM")
        let screen = try desk.waitFor("[exited 143]")
        #expect(!screen.contains("Stage 1/9"), "the terminal is back to the shell")

        let again = try fixture.openDesk()
        try again.press("Enter")
        try again.waitFor("Unsaved note draft restored")
        try again.waitFor("> 收到信号前的最后几个字")
    }

    @Test func sighupWithAFormOpenKeepsTheForm() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type("j")
        try desk.type("x")
        try desk.waitFor("Reason for skipping")
        try desk.type("对方不让进门")
        try desk.waitFor("对方不让进门")
        try desk.signalProgram("HUP")
        try desk.waitFor("[exited 129]")

        let again = try fixture.openDesk()
        try again.press("Enter")
        let screen = try again.waitFor("The form you had open was restored")
        #expect(screen.contains("Reason for skipping"))
        #expect(screen.contains("对方不让进门"))
    }

    @Test func sigquitPrintsNoBacktraceAndRestoresTheTerminal() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.signalProgram("QUIT")
        let screen = try desk.waitFor("[exited 131]")
        #expect(!screen.contains("Backtrace"))
        #expect(!screen.contains("Thread"))
        #expect(!screen.contains("Stage 1/9"), "the terminal is back to the shell")
    }

    @Test func ctrlBackslashQuitsLikeCtrlC() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.press("C-\\")
        let screen = try desk.waitFor("[exited 0]")
        #expect(!screen.contains("Backtrace"))
    }

    @Test func ctrlZSuspendsToTheShellAndFgRestoresTheScreen() throws {
        let fixture = try DeskFixture()
        var environment = fixture.environment
        environment["TERM"] = "xterm-256color"
        environment["LC_ALL"] = "C.UTF-8"
        environment["PS1"] = "shell$ "
        let assignments = environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let shell = try TmuxSession(shellCommand: "env -i \(assignments) /bin/bash --norc --noprofile -i", width: 120, height: 40)
        try shell.waitFor("shell$")
        try shell.type("'\(fixture.binary)' --lang en")
        try shell.press("Enter")
        try shell.waitFor("HB-2026-0101")
        try shell.press("C-z")
        let stopped = try shell.waitFor("Stopped")
        #expect(!stopped.contains("Cases (3)"), "the shell has the screen while the desk is stopped")
        try shell.type("fg")
        try shell.press("Enter")
        try shell.waitUntil("the desk drawn again") { $0.contains("Cases (3)") && $0.contains("HB-2026-0101") && !$0.contains("Stopped") }
        try shell.type("q")
        try shell.waitFor("shell$")
    }

    @Test func aPasteOfTenThousandCharactersIsAnsweredWithinSeconds() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.startVisitOnFirstCase()
        try desk.type("n")
        try desk.waitFor("> ")
        try desk.paste(String(repeating: "款", count: 10_000))
        let typed = ContinuousClock.now
        try desk.type("尾")
        try desk.waitFor("款尾")
        #expect(ContinuousClock.now - typed < .seconds(5), "the key after the paste is on screen within seconds")
    }
}
