import Foundation
import Testing
@testable import TUI

/// A theme file holding TOML that made toml++ abort the whole process (issue 8) is now an
/// error naming the file, line and column: `--theme bad.toml` reports it and goes on.
@Suite struct HostileThemeTOMLTests {
    /// The fuzzer's minimised crash inputs, and the line and column each is refused at. A file
    /// that is not UTF-8 (`[\xFF`) is refused as unreadable before it is parsed.
    static let crashInputs: [(bytes: [UInt8], line: Int, column: Int)] = [
        (Array("[\n".utf8), 1, 2),
        (Array("[[\n".utf8), 1, 3),
        (Array("[!]\n".utf8), 1, 2),
        (Array("[é]\n".utf8), 1, 2),
        ([0x5B, 0xFF], 1, 2),
        (Array("p=[}".utf8), 1, 4),
        (Array("p=[1,}\n".utf8), 1, 6),
        (Array("[roles]\nnormal = { fg = [\n}]\n".utf8), 3, 1),
        (Array("d=888i------ 4#".utf8), 1, 6),
    ]

    @Test func aCrashingThemeFileIsAnErrorWithLineAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-hostile-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, input) in Self.crashInputs.enumerated() {
            let file = directory.appendingPathComponent("bad-\(index).toml")
            try Data(input.bytes).write(to: file)
            do {
                _ = try Theme.load(nameOrPath: file.path, searchDirectories: [])
                Issue.record("accepted \(input.bytes)")
            } catch where String(validating: input.bytes, as: UTF8.self) == nil {
                #expect(error.message.hasPrefix("cannot read the theme file"), "\(error)")
            } catch {
                #expect(error.line == input.line, "\(error)")
                #expect(error.message.hasPrefix("bad TOML syntax at column \(input.column): expected"), "\(error)")
                #expect(error.description.contains(":\(input.line):"), "\(error)")
            }
        }
    }

    @Test func theGateMessageKeepsTheKeyOfTheLine() throws {
        let error = try #require(throws: ThemeError.self) {
            try Theme.parse("[roles]\nnormal = { fg = 1.5 }\n", file: "night.toml")
        }
        #expect(error.description == "night.toml:2: roles.normal: bad TOML syntax at column 18: expected the end of the whole number (fractions, exponents, dates and hexadecimal are not accepted)")
    }
}
