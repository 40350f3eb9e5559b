import Foundation

/// Where commands write: results on stdout, messages on stderr.
enum CommandOutput {
    /// Writes `text` and a newline to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `text` to `file`, or to stdout when `file` is nil.
    static func write(_ text: String, to file: String?) throws(CommandFailure) {
        guard let file else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        } catch {
            throw .cannotWrite(file: file, reason: error.localizedDescription)
        }
    }
}
