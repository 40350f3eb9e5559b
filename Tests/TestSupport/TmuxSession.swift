import Foundation

/// A program running in a detached tmux session on a private server, for end-to-end tests:
/// type into it, read its screen, wait until text appears. Never sleeps a fixed time.
public final class TmuxSession {
    public let socket: String
    public let name = "test"
    public let environment: [String: String]

    /// Starts `command` (an argv) in a `width`×`height` window with the pinned test
    /// environment plus `environment`.
    public init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "visitdesk-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var pinned = ProcessInfo.processInfo.environment
        pinned["LC_ALL"] = "C.UTF-8"
        pinned["TERM"] = "xterm-256color"
        pinned.removeValue(forKey: "TMUX")
        for (key, value) in environment { pinned[key] = value }
        self.environment = pinned
        let shellLine = pinned.filter { $0.key != "TMUX" }
            .map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
            + " " + command.map(Self.quote).joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "env -i \(shellLine); echo \"[exited $?]\"; sleep 120"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types text exactly as given (`send-keys -l`).
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Presses named keys (`Enter`, `Escape`, `Tab`, `BTab`, `C-c`, `Down`…).
    public func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// The visible screen as text, one string per row.
    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The screen with escape sequences for colours and attributes (`capture-pane -e`).
    public func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Sends `signal` to the program (the child of the pane's shell), e.g. `KILL`.
    public func signalProgram(_ signal: String) throws {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pkill", "-\(signal)", "-P", shell]
        try process.run()
        process.waitUntilExit()
    }

    /// Polls the screen until `condition` holds, or fails after `timeout` with the last screen.
    @discardableResult
    public func waitUntil(timeout: TimeInterval = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(20_000)
        }
        throw TmuxError.timedOut(waitingFor: what, screen: last)
    }

    /// Polls until `text` is on screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil(timeout: timeout, text) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TmuxError.failed(arguments: arguments, message: errorText)
        }
        return String(decoding: data, as: UTF8.self)
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
