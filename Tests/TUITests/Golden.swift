import Foundation
import Testing
import TUI

/// Compares rendered text with `Golden/<name>.txt` beside these tests. With
/// `UPDATE_GOLDEN=1` the file is (re)written instead; otherwise a mismatch fails with
/// a line-by-line diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden file \(file.path); run with UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(name).txt differs (UPDATE_GOLDEN=1 rewrites it):\n\(diff(expected: expected, actual: actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, expected above actual, with `|` marking line ends.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : nil
            let after = index < new.count ? new[index] : nil
            guard before != after else { continue }
            report.append(String(format: "line %3d  - |%@|", index + 1, before ?? "(none)"))
            report.append(String(format: "          + |%@|", after ?? "(none)"))
        }
        return report.joined(separator: "\n")
    }

    /// A frame as golden text: the screen lines, then the style runs.
    static func text(of buffer: CellBuffer) -> String {
        buffer.textLines().joined(separator: "\n") + "\n--- styles ---\n" + buffer.styleListing() + "\n"
    }
}

