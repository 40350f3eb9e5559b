import Foundation
import Testing

/// A private tmux server running one command in an 80×24 pane, for tests that need
/// a real terminal. Everything waits by polling against a deadline, never a fixed sleep.
final class TmuxSession {
    let socket = "visitdesk-tui-\(UUID().uuidString.prefix(8))"
    let directory: URL

    /// Starts `command` (a shell command line) in a detached session; `directory`
    /// holds the files the command writes and is removed with the session.
    init(command: String, directory: URL, width: Int = 80, height: Int = 24) throws {
        self.directory = directory
        // The server this starts keeps its output files: give it none.
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command], readingOutput: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// A file in the session's temporary directory.
    func file(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// The pane's text, one string per line (tmux drops trailing spaces).
    func capture() throws -> [String] {
        let text = try tmux(["capture-pane", "-p"])
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The pane's text with colour and attribute escapes.
    func captureWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e"])
    }

    func sendKeys(_ keys: [String], literally: Bool = false) throws {
        try tmux(["send-keys"] + (literally ? ["-l"] : []) + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass; returns whether it held.
    func waitFor(seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    /// Waits until `name` exists with content, and returns that content.
    func waitForFile(_ name: String, seconds: Double = 10) -> String? {
        var content: String?
        _ = waitFor(seconds: seconds) {
            content = try? String(contentsOf: file(name), encoding: .utf8)
            return !(content ?? "").isEmpty
        }
        return content.flatMap { $0.isEmpty ? nil : $0 }
    }

    @discardableResult
    private func tmux(_ arguments: [String], readingOutput: Bool = true) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let result = try Subprocess.run(["tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments,
                                        environment: environment, captureOutput: readingOutput)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux \(arguments.first ?? "") exited \(result.status): \(result.errors)")
        }
        return result.output
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
