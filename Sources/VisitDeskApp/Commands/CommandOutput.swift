import Foundation
import VisitDesk

/// Where commands write: results on stdout, messages on stderr. Everything passes through
/// `SafeText`, so text from the data (names, notes, playbooks, values echoed in errors)
/// can never drive the terminal.
enum CommandOutput {
    /// Writes `text` and a newline to stderr; line breaks and tabs kept, other unsafe characters shown as stand-ins.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((SafeText.neutralised(text, allowing: [.newline, .tab]) + "\n").utf8))
    }

    /// Writes `text` and a newline (unless it ends with one) to stdout; line breaks and tabs
    /// kept, other unsafe characters shown as stand-ins.
    static func print(_ text: String) {
        let safe = SafeText.neutralised(text, allowing: [.newline, .tab])
        Swift.print(safe, terminator: safe.hasSuffix("\n") ? "" : "\n")
    }

    /// Writes `text` to `file` (see `OutputFile`), or to stdout when `file` is nil.
    static func write(_ text: String, to file: OutputFile?) throws(CommandFailure) {
        guard let file else {
            print(text)
            return
        }
        try file.write(Data(SafeText.neutralised(text, allowing: [.newline, .tab]).utf8))
    }
}
