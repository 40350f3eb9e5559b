import Foundation
import VisitDesk

/// Writes summaries as `.txt` and `.md` under `$XDG_DATA_HOME/visitdesk/summaries/`.
struct SummaryFiles {
    let environment: [String: String]

    var directory: URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return URL(fileURLWithPath: base).appendingPathComponent("visitdesk/summaries")
    }

    /// Writes both files (mode 0600, each whole or not at all) and returns the path of the text one.
    /// The file stem is made safe again here, so no data can place a file outside the folder.
    func write(_ summary: SummaryState) throws(CommandFailure) -> String {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(file: directory.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        let stem = SafeFileName.from(summary.fileStem)
        let text = directory.appendingPathComponent(stem + ".txt").path
        let markdown = directory.appendingPathComponent(stem + ".md").path
        try PrivateFile.write(Data((summary.lines.joined(separator: "\n") + "\n").utf8), to: text, replacing: true)
        try PrivateFile.write(Data(summary.markdown.utf8), to: markdown, replacing: true)
        return text
    }
}
