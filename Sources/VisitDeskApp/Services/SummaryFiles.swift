import Foundation
import VisitDesk

/// Writes summaries as `.txt`, `.md` and `.pdf` under `$XDG_DATA_HOME/visitdesk/summaries/`.
struct SummaryFiles {
    let environment: [String: String]

    var directory: URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return URL(fileURLWithPath: base).appendingPathComponent("visitdesk/summaries")
    }

    /// Writes the three files (mode 0600, each whole or not at all) and returns their paths:
    /// text, Markdown, PDF. The file stem is made safe again here, so no data can place a file
    /// outside the folder.
    func write(_ summary: SummaryDocument, pdf: Data) throws(CommandFailure) -> [String] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(file: directory.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        let stem = SafeFileName.from(summary.fileStem)
        let text = directory.appendingPathComponent(stem + ".txt").path
        let markdown = directory.appendingPathComponent(stem + ".md").path
        try PrivateFile.write(Data((summary.lines.joined(separator: "\n") + "\n").utf8), to: text, replacing: true)
        let document = directory.appendingPathComponent(stem + ".pdf").path
        try PrivateFile.write(Data(summary.markdown.utf8), to: markdown, replacing: true)
        try PrivateFile.write(pdf, to: document, replacing: true)
        return [text, markdown, document]
    }

    /// The written paths in one status line: the first in full (`~` for the home folder), the
    /// others by what differs, `…/HB-1-visit-7.txt, .md, .pdf`.
    static func shortList(_ paths: [String], home: String?) -> String {
        guard let first = paths.first else { return "" }
        var shown = first
        if let home, !home.isEmpty, home != "/", first.hasPrefix(home + "/") { shown = "~" + first.dropFirst(home.count) }
        let stem = (first as NSString).deletingPathExtension
        let rest = paths.dropFirst().map { path in
            path.hasPrefix(stem + ".") ? String(path.dropFirst(stem.count)) : path
        }
        return ([shown] + rest).joined(separator: ", ")
    }
}
