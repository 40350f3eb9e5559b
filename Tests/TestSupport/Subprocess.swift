import Foundation

/// Runs a program to completion with posix_spawn and waitpid. Foundation's Process
/// left tmux clients unreaped (zombies) under the test runner, hanging
/// `waitUntilExit`; this has no such machinery. Output goes through files, never
/// pipes, so a daemon that inherits them cannot hold a read open. A program still running
/// after its time limit is killed and reported, so a hang fails the test instead of the suite.
public enum Subprocess {
    public struct Result {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                    stdin: String = "/dev/null", captureOutput: Bool = true,
                    timeout: TimeInterval = TestTimeout.command) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("subprocess-\(UUID().uuidString)")
        let outputPath = captureOutput ? scratch.path + ".out" : "/dev/null"
        let errorPath = captureOutput ? scratch.path + ".err" : "/dev/null"
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The test runner blocks signals in its threads; the child must start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SubprocessError(message: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        guard waitForExit(pid, status: &status, timeout: timeout) else {
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            throw SubprocessError(message: "\(arguments.joined(separator: " ")) still ran after \(Int(timeout)) s and was killed")
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = captureOutput ? (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" : ""
        let errors = captureOutput ? (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" : ""
        return Result(status: exitStatus, output: output, errors: errors)
    }

    /// Reaps `pid` once it exits, checking at once and then at growing intervals (from 0.1 ms
    /// up to 10 ms), so that a quick program costs no fixed wait; false after `timeout`.
    private static func waitForExit(_ pid: pid_t, status: inout Int32, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 100
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid || (reaped == -1 && errno != EINTR) { return true }
            if Date() >= deadline { return false }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
    }
}

public struct SubprocessError: Error, CustomStringConvertible {
    let message: String
    public var description: String { message }
}
