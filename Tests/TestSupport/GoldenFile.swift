import Foundation

/// Compares text with a golden file kept beside the tests. `UPDATE_GOLDEN=1` rewrites the
/// file on purpose; otherwise a mismatch is described line by line.
public enum GoldenFile {
    /// nil when `actual` matches the file at `path`; otherwise a readable diff.
    public static func mismatch(_ actual: String, path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(path) is missing; run the tests with UPDATE_GOLDEN=1 to create it"
        }
        return expected == actual ? nil : diff(expected: expected, actual: actual, path: path)
    }

    /// The lines that differ, numbered, `-` expected and `+` actual.
    public static func diff(expected: String, actual: String, path: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var report = ["golden mismatch in \(URL(fileURLWithPath: path).lastPathComponent) (- expected, + actual):"]
        for line in 0..<max(old.count, new.count) {
            let before = line < old.count ? old[line] : nil, after = line < new.count ? new[line] : nil
            guard before != after else { continue }
            let number = String(line + 1).leftPadded(to: 3)
            if let before { report.append("\(number) - |\(before)|") }
            if let after { report.append("\(number) + |\(after)|") }
        }
        return report.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
