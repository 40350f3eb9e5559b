import Foundation

/// A program running in a detached tmux session on a private server, for end-to-end tests:
/// type into it, read its screen, wait until text appears. Never sleeps a fixed time.
public final class TmuxSession {
    public let socket: String
    public let name = "test"
    public let environment: [String: String]
    /// A folder the program under test writes its files to, removed with the session.
    public let directory: URL?

    /// Starts `command` (an argv) in a `width`×`height` window with the pinned test
    /// environment plus `environment`; the pane stays open after it exits, showing its status.
    public init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "visitdesk-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var pinned = ProcessInfo.processInfo.environment
        // `swift test` sets NO_COLOR when its output is piped; the program under test decides for itself.
        pinned.removeValue(forKey: "NO_COLOR")
        pinned.removeValue(forKey: "TMUX")
        pinned["LC_ALL"] = "C.UTF-8"
        pinned["TERM"] = "xterm-256color"
        for (key, value) in environment { pinned[key] = value }
        self.environment = pinned
        directory = nil
        let shellLine = pinned.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
            + " " + command.map(Self.quote).joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env -i \(shellLine); echo \"[exited $?]\"; sleep 120"], readingOutput: false)
    }

    /// Starts a shell command line as it is (the caller pins its environment); `directory`
    /// is where it writes files for `file(_:)` and `waitForFile(_:)`.
    public init(shellCommand: String, directory: URL? = nil, width: Int = 80, height: Int = 24) throws {
        socket = "visitdesk-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        environment = ProcessInfo.processInfo.environment
        self.directory = directory
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shellCommand], readingOutput: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// A file in the session's directory.
    public func file(_ name: String) -> URL {
        (directory ?? FileManager.default.temporaryDirectory).appendingPathComponent(name)
    }

    /// Polls until the file exists with some content; its text, or nil after `seconds`.
    public func waitForFile(_ name: String, seconds: Double = TestTimeout.seconds) -> String? {
        var content: String?
        _ = poll(seconds: seconds) {
            content = try? String(contentsOf: file(name), encoding: .utf8)
            return !(content ?? "").isEmpty
        }
        return content.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Polls `condition` until it holds or `seconds` pass; whether it held.
    public func poll(seconds: Double = TestTimeout.seconds, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    /// Types text exactly as given (`send-keys -l`).
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }
    /// Pastes `text` as a terminal paste does: one write of the whole text (through a
    /// tmux buffer, so that it can be longer than a command line).
    public func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("paste-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux(["load-buffer", file.path])
        try tmux(["paste-buffer", "-d", "-t", name])
    }

    /// Presses named keys (`Enter`, `Escape`, `Tab`, `BTab`, `C-c`, `Down`…).
    public func press(_ keys: String...) throws { try press(keys) }

    public func press(_ keys: [String]) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// The visible screen as text, one string per row.
    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The visible screen, one string per row.
    public func screenLines() throws -> [String] {
        var lines = try screen().components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The screen with escape sequences for colours and attributes (`capture-pane -e`).
    public func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program (the newest child of the pane's shell).
    public func programID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try Subprocess.run(["pgrep", "-n", "-P", shell]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let id = Int32(child) else { throw TmuxError.failed(arguments: ["pgrep", "-P", shell], message: "no program runs in the pane") }
        return id
    }

    /// Sends `signal` to the program (the child of the pane's shell), e.g. `KILL`.
    public func signalProgram(_ signal: String) throws {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Subprocess.run(["pkill", "-\(signal)", "-P", shell])
    }

    /// Polls the screen until `condition` holds on a settled screen, or fails after `timeout`
    /// with the last screen. A capture can fall in the middle of a frame being written (the
    /// title already new, the rows not yet): the screen counts once a second capture agrees.
    @discardableResult
    public func waitUntil(timeout: TimeInterval = TestTimeout.seconds, _ what: String, _ condition: (String) -> Bool) throws -> String {
        var last = ""
        let settled = poll(seconds: timeout) {
            last = (try? screen()) ?? ""
            guard condition(last) else { return false }
            usleep(30_000)
            return (try? screen()) == last
        }
        if settled { return last }
        throw TmuxError.timedOut(waitingFor: what, screen: last)
    }

    /// Polls until `text` is on screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = TestTimeout.seconds) throws -> String {
        try waitUntil(timeout: timeout, text) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String], readingOutput: Bool = true) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        // The server started here would keep captured output files open: give it none.
        let result = try Subprocess.run(["tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments,
                                        environment: environment, captureOutput: readingOutput)
        guard result.status == 0 else {
            throw TmuxError.failed(arguments: arguments, message: result.errors)
        }
        return result.output
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

public enum TmuxError: Error, CustomStringConvertible {
    case timedOut(waitingFor: String, screen: String)
    case failed(arguments: [String], message: String)

    public var description: String {
        switch self {
        case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        case .failed(let arguments, let message): "tmux \(arguments.joined(separator: " ")) failed: \(message)"
        }
    }
}

/// Built products of this package: they sit next to the test bundle.
public enum BuiltProducts {
    public static func path(_ name: String) throws -> String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [directory.appendingPathComponent(name).path]
        // Swift Testing may run from a helper; fall back to the package's debug folder.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BuiltProductMissing(name: name, looked: candidates)
        }
        return found
    }
}

public struct BuiltProductMissing: Error, CustomStringConvertible {
    public let name: String
    public let looked: [String]
    public var description: String {
        "\(name) is not built (looked in \(looked.joined(separator: ", "))); run `swift build` first, as scripts/test does"
    }
}
