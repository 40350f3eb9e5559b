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

    /// Runs the editor on an empty temporary file and returns what was written in it.
    func editNote(backend: TerminalBackend, language: Language) -> Action {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-note-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(), attributes: [.posixPermissions: 0o600]) else {
            return .failed(UIText.editorFailed[language] + file.path)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        backend.suspend()
        let status = Self.runShell("\(command) \"$1\"", argument: file.path, environment: environment)
        backend.resume()
        guard status == 0 else { return .failed(UIText.editorFailed[language] + "\(command) (\(status))") }
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return .noteFromEditor(text)
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

/// Writes summaries as `.txt` and `.md` under `$XDG_DATA_HOME/visitdesk/summaries/`.
struct SummaryFiles {
    let environment: [String: String]

    var directory: URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return URL(fileURLWithPath: base).appendingPathComponent("visitdesk/summaries")
    }

    /// Writes both files and returns the path of the text one.
    func write(_ summary: SummaryState) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let text = directory.appendingPathComponent(summary.fileStem + ".txt")
        let markdown = directory.appendingPathComponent(summary.fileStem + ".md")
        try Data((summary.lines.joined(separator: "\n") + "\n").utf8).write(to: text, options: .atomic)
        try Data(summary.markdown.utf8).write(to: markdown, options: .atomic)
        for file in [text, markdown] {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        }
        return text.path
    }
}

/// Sends text to the printer with `lp`, or says plainly that there is none.
struct Printer {
    let environment: [String: String]

    func print(_ text: String, language: Language) -> Action {
        guard let lp = Self.find("lp", in: environment["PATH"] ?? "/usr/bin:/bin") else {
            return .failed(UIText.noPrinter[language])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let reply = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            process.waitUntilExit()
            return process.terminationStatus == 0
                ? .info(UIText.printed[language] + reply)
                : .failed(UIText.printFailed[language] + reply)
        } catch {
            return .failed(UIText.printFailed[language] + "\(error)")
        }
    }

    static func find(_ program: String, in path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
