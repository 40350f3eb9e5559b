import Foundation
import TUI
import VisitDesk

/// Writes a long note in `$VISUAL` / `$EDITOR` with curses suspended.
struct ExternalEditor {
    let environment: [String: String]

    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
        }
        return "vi"
    }

    /// Why the editor gave no note, in the UI language.
    struct Failure: Error {
        var message: String
    }

    /// Runs the editor on an empty temporary file and returns what was written in it.
    func editNote(backend: TerminalBackend, language: Language) -> Result<String, Failure> {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-note-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(), attributes: [.posixPermissions: 0o600]) else {
            return .failure(Failure(message: UIText.editorFailed[language] + file.path))
        }
        defer { try? FileManager.default.removeItem(at: file) }
        backend.suspend()
        let status = Self.runShell("\(command) \"$1\"", argument: file.path, environment: environment)
        backend.resume()
        guard status == 0 else { return .failure(Failure(message: UIText.editorFailed[language] + "\(command) (\(status))")) }
        return .success((try? String(contentsOf: file, encoding: .utf8)) ?? "")
    }

    /// Runs `script` through `/bin/sh` with the terminal attached; returns its exit status.
    static func runShell(_ script: String, argument: String, environment: [String: String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", argument]
        process.environment = environment
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }
}
