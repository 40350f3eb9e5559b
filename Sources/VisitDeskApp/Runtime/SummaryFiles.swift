import Foundation

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
