import Foundation
import Testing
import TestSupport
@testable import TUI

/// NcursesBackend in a real terminal: the TUIHarness executable runs inside tmux.
@Suite(.serialized) struct RealTerminalTests {
    /// The harness, built beside the test bundle (TUITests depends on it, so building the tests builds it).
    static func harness() throws -> String {
        try BuiltProducts.path("TUIHarness")
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A shell command line that runs the harness in the pinned environment, then
    /// records its exit status and the terminal modes it left behind.
    static func command(_ arguments: String, session directory: URL, environment: String = "") throws -> String {
        let status = quoted(directory.appendingPathComponent("status").path)
        let stty = quoted(directory.appendingPathComponent("stty").path)
        // NO_COLOR is cleared unless a test sets it: swift test may export it to the runner.
        return "env -u NO_COLOR LC_ALL=C.UTF-8 TERM=xterm-256color \(environment) \(quoted(try harness())) \(arguments); "
            + "s=$?; stty -a > \(stty); echo $s > \(status); exec sleep 600"
    }

    static func session(_ arguments: (URL) throws -> String, environment: String = "") throws -> TmuxSession {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tui-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try TmuxSession(shellCommand: command(try arguments(directory), session: directory, environment: environment), directory: directory)
    }

    static func trimmed(_ lines: [String]) -> [String] {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func realTerminalShowsExactlyTheMemoryBackendFrame() throws {
        let tmux = try Self.session { "frame --expect \(Self.quoted($0.appendingPathComponent("expected").path))" }
        let expectedText = try #require(tmux.waitForFile("expected"), "the harness never wrote its frame")
        let expected = Self.trimmed(expectedText.components(separatedBy: "\n"))
        #expect(expected.count == 24)
        #expect(expectedText.contains("案件 Cases (3)"))
        var screen: [String] = []
        let matched = try tmux.poll {
            screen = Self.trimmed(try tmux.screenLines())
            return screen == expected
        }
        #expect(matched, "screen differs from the MemoryBackend frame:\n\(GoldenFile.diff(expected: expected.joined(separator: "\n"), actual: screen.joined(separator: "\n"), path: "screen"))")
        // The wide glyph that would have crossed the right edge is a space, the border is intact.
        #expect(expected[2].hasSuffix("宽字"))
        #expect(screen[0].hasPrefix("┌ 案件 Cases (3) ─"))
        let colours = try tmux.screenWithEscapes()
        #expect(colours.contains("38;5;244"), "border colour 244 expected in the real terminal")
        #expect(colours.contains("48;5;110"), "selected-row #87afd7 expected as palette colour 110")

        try tmux.press(["x"])
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let modes = try #require(tmux.waitForFile("stty"))
        #expect(modes.contains(" icanon") && modes.contains(" echo ") && !modes.contains("-icanon"), "terminal modes not restored:\n\(modes)")
    }

    @Test func keysFromTheTerminalDecodeToKeys() throws {
        let tmux = try Self.session { "keys --log \(Self.quoted($0.appendingPathComponent("keys").path))" }
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("last key: —") } })
        try tmux.press(["Up", "Down", "Left", "Right", "BTab", "Tab", "Enter", "C-c", "C-s", "C-w", "BSpace", "C-h", "DC",
                           "Home", "End", "PPage", "NPage", "F1", "F5", "F12"])
        try tmux.type("中文x")
        try tmux.press(["Escape"])
        try tmux.press(["q"])
        let expected = ["Up", "Down", "Left", "Right", "Shift-Tab", "Tab", "Enter", "Ctrl-C", "Ctrl-S", "Ctrl-W", "Backspace", "Backspace",
                        "Delete", "Home", "End", "PgUp", "PgDn", "F1", "F5", "F12", "中", "文", "x", "Esc", "q"]
        var logged: [String] = []
        _ = tmux.poll {
            logged = (try? String(contentsOf: tmux.file("keys"), encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
            return logged.count >= expected.count
        }
        #expect(logged == expected)
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func resizeArrivesAsAKeyAndTheNextFrameFitsTheNewSize() throws {
        let tmux = try Self.session { "keys --log \(Self.quoted($0.appendingPathComponent("keys").path))" }
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("size: 80×24") } })
        try tmux.resize(width: 100, height: 30)
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("size: 100×30") } })
        let screen = try tmux.screenLines()
        #expect(screen.first?.hasSuffix("┐") == true && screen.first?.displayWidth == 100)
        #expect(screen.contains { $0.contains("last key: Resize") })
        // The frame after the resize was written whole; the one after a key only where it changed.
        func cellsWritten() throws -> Int? {
            try tmux.screenLines().first { $0.contains("previous frame: ") }.flatMap { Int($0.split(separator: ":").last?.filter(\.isNumber) ?? "") }
        }
        try tmux.press(["x"])
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("last key: x") } })
        // 100×30 cells, the two wide title glyphs written once each.
        #expect(try cellsWritten() == 100 * 30 - 2)
        try tmux.press(["y"])
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("last key: y") } })
        let written = try cellsWritten() ?? .max
        #expect(written < 10, "a one-key change rewrote \(written) cells")
        try tmux.press(["q"])
        #expect(tmux.waitForFile("status") != nil)
    }

    @Test func suspendHandsTheTerminalToAnotherProgramAndResumeRepaints() throws {
        let tmux = try Self.session { "keys --log \(Self.quoted($0.appendingPathComponent("keys").path))" }
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("last key: —") } })
        try tmux.press(["e"])
        #expect(try tmux.poll { try tmux.screenLines().contains { $0.contains("external program: press Enter") } })
        #expect(try tmux.screenLines().allSatisfy { !$0.contains("按键 Keys") }, "the frame must be gone while suspended")
        try tmux.press(["Enter"])
        #expect(try tmux.poll {
            let screen = try tmux.screenLines()
            return screen.first?.hasPrefix("┌ 按键 Keys") == true && screen.contains { $0.contains("last key: e") }
                && screen.last?.hasPrefix("└") == true
        })
        try tmux.press(["z", "q"])
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect((try? String(contentsOf: tmux.file("keys"), encoding: .utf8)) == "e\nz\nq\n")
    }

    @Test func sigtermRestoresTheTerminalAndExits143() throws {
        let tmux = try Self.session { "frame --pid \(Self.quoted($0.appendingPathComponent("pid").path)) --expect \(Self.quoted($0.appendingPathComponent("expected").path))" }
        _ = try #require(tmux.waitForFile("expected"))
        let pid = try #require(tmux.waitForFile("pid").flatMap { Int32($0) })
        #expect(try tmux.poll { try tmux.screenLines().first?.hasPrefix("┌ 案件") == true })
        kill(pid, SIGTERM)
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "143")
        let modes = try #require(tmux.waitForFile("stty"))
        #expect(modes.contains(" icanon") && modes.contains(" echo ") && !modes.contains("-icanon"), "terminal modes not restored:\n\(modes)")
        #expect(try tmux.poll { try tmux.screenLines().allSatisfy { !$0.contains("案件") } }, "the harness frame is still on screen")
    }

    @Test func noColorDrawsWithAttributesOnly() throws {
        let tmux = try Self.session({ "frame --expect \(Self.quoted($0.appendingPathComponent("expected").path))" }, environment: "NO_COLOR=1")
        _ = try #require(tmux.waitForFile("expected"))
        #expect(try tmux.poll { try tmux.screenLines().first?.hasPrefix("┌ 案件") == true })
        let screen = try tmux.screenWithEscapes()
        let colourEscape = try Regex(#"[\[;]([34][0-7]|[34]8;5;[0-9]+)m"#)
        #expect(screen.firstMatch(of: colourEscape) == nil, "colour escapes under NO_COLOR")
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "the selected row should be reversed")
        try tmux.press(["x"])
        #expect(tmux.waitForFile("status") != nil)
    }

    @Test func eightColourTerminalGetsTheNearestBasicColours() throws {
        let tmux = try Self.session({ "frame --expect \(Self.quoted($0.appendingPathComponent("expected").path))" }, environment: "TERM=xterm")
        _ = try #require(tmux.waitForFile("expected"))
        #expect(try tmux.poll { try tmux.screenLines().first?.hasPrefix("┌ 案件") == true })
        let screen = try tmux.screenWithEscapes()
        #expect(!screen.contains("38;5;") && !screen.contains("48;5;"), "palette colours on an 8-colour terminal")
        #expect(screen.contains("[46m") || screen.contains(";46m"), "the focused title keeps its cyan background")
        try tmux.press(["x"])
        #expect(tmux.waitForFile("status") != nil)
    }

    @Test func unknownTermExitsTwoWithOneLineOnStderrAndLeavesTheTerminalAlone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tui-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let stderrFile = directory.appendingPathComponent("stderr").path
        let command = "env LC_ALL=C.UTF-8 TERM=no-such-terminal \(Self.quoted(try Self.harness())) frame 2> \(Self.quoted(stderrFile)); "
            + "echo $? > \(Self.quoted(directory.appendingPathComponent("status").path)); exec sleep 600"
        let tmux = try TmuxSession(shellCommand: command, directory: directory)
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
        let message = try String(contentsOfFile: stderrFile, encoding: .utf8)
        #expect(message.split(separator: "\n").count == 1 && message.hasSuffix("\n"))
        #expect(message.contains("unknown terminal type TERM=no-such-terminal"))
        #expect(try tmux.screenLines().allSatisfy { $0.isEmpty }, "nothing may be drawn")
    }

    @Test func withoutATerminalTheHarnessExitsTwoWithOneLine() throws {
        let result = try Subprocess.run([try Self.harness(), "frame"], environment: ["TERM": "xterm-256color", "LC_ALL": "C.UTF-8"])
        #expect(result.status == 2)
        #expect(result.errors == "TUIHarness: \(TerminalError.notATerminal.description)\n")
        #expect(result.output.isEmpty)
    }
}
