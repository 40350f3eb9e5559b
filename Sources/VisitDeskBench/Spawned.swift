import Foundation

/// Runs a program with posix_spawn and waits for it with waitpid: Foundation's Process can
/// leave a child that has exited unreaped and wait for it forever. Output goes to a file, not a
/// pipe, since a server the program starts inherits it; with `feed`, the program's standard
/// input is a pipe that `feed` writes to.
enum Spawned {
    static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                    feed: ((FileHandle) throws -> Void)? = nil) throws -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("vd-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var input: [Int32] = [-1, -1]
        if feed != nil, pipe(&input) != 0 { throw BenchFailure("cannot make a pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if feed != nil {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
            posix_spawn_file_actions_addclose(&actions, input[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchFailure("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var fed: (any Error)?
        if let feed {
            close(input[0])
            let writer = FileHandle(fileDescriptor: input[1], closeOnDealloc: true)
            do { try feed(writer) } catch { fed = error }
            try? writer.close()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        if let fed { throw fed }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }
}
