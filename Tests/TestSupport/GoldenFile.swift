import Foundation
import TUI

/// Compares text with a golden file kept beside the tests. `UPDATE_GOLDEN=1` rewrites the
/// file on purpose; otherwise a mismatch is described line by line.
///
/// A screen (`screen(of:)`) is kept as what the user sees: a legend, the text rows, then one
/// row of style letters per text row, a letter per cell, so that a lost highlight or a
/// warning drawn in the normal colour fails like a wrong character does.
public enum GoldenFile {
    /// nil when `actual` matches the file at `path`; otherwise a readable diff.
    public static func mismatch(_ actual: String, path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url, options: .atomic)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(path) is missing; run the tests with UPDATE_GOLDEN=1 to create it"
        }
        return mismatch(actual, expected: expected, path: path)
    }

    /// nil when `actual` equals `expected`; otherwise a readable diff naming `path`.
    /// Never writes: for comparing with a golden text already read.
    public static func mismatch(_ actual: String, expected: String, path: String) -> String? {
        expected == actual ? nil : diff(expected: expected, actual: actual, path: path)
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

    /// A frame as golden text: a legend of the style letters it uses, its text rows, and
    /// under `--- styles ---` one letter per cell, lined up with the text (a wide glyph has
    /// two cells, so two letters). Each role has its own letter, upper-case when bold; a
    /// style with reverse or underline gets a digit of its own, named in the legend.
    public static func screen(of buffer: CellBuffer) -> String {
        var extraSymbols: [Style: Character] = [:]
        var used: [Character: Style] = [:]
        var styleRows: [String] = []
        for y in 0..<buffer.height {
            var row = ""
            for x in 0..<buffer.width {
                let style = buffer[x: x, y: y].style
                let symbol: Character
                if !style.reverse, !style.underline {
                    symbol = style.bold ? Character(letter(for: style.role).uppercased()) : letter(for: style.role)
                } else if let known = extraSymbols[style] {
                    symbol = known
                } else {
                    symbol = extraSymbolSequence[min(extraSymbols.count, extraSymbolSequence.count - 1)]
                    extraSymbols[style] = symbol
                }
                used[symbol] = style
                row.append(symbol)
            }
            styleRows.append(row)
        }
        let legend = used.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: " · ")
        return (["styles: " + legend] + buffer.textLines() + ["--- styles ---"] + styleRows).joined(separator: "\n") + "\n"
    }

    /// The letter of each role; exhaustive, so that a new role cannot go unrecorded.
    private static func letter(for role: StyleRole) -> Character {
        switch role {
        case .normal: "n"
        case .header: "h"
        case .paneBorder: "b"
        case .paneBorderFocused: "f"
        case .paneTitle: "t"
        case .paneTitleFocused: "o"
        case .selectedRow: "s"
        case .itemDone: "d"
        case .itemSkipped: "x"
        case .itemNotApplicable: "a"
        case .itemPending: "p"
        case .warning: "w"
        case .error: "e"
        case .muted: "m"
        case .keyBarKey: "k"
        case .keyBarLabel: "l"
        }
    }

    private static let extraSymbolSequence = Array("123456789")
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
