import Foundation
import Testing
import TestSupport
import TUI

/// Compares rendered text with `Golden/<name>.txt` beside these tests. With
/// `UPDATE_GOLDEN=1` the file is (re)written instead; otherwise a mismatch fails with
/// a line-by-line diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let mismatch = GoldenFile.mismatch(actual, path: directory.appendingPathComponent("\(name).txt").path) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    static func diff(expected: String, actual: String) -> String {
        GoldenFile.diff(expected: expected, actual: actual, path: "screen")
    }

    static func text(of buffer: CellBuffer) -> String {
        buffer.textLines().joined(separator: "\n") + "\n--- styles ---\n" + buffer.styleListing() + "\n"
    }
}

