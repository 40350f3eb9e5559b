import Testing
import TOMLGate
import TOMLKit

/// Random text sent the way the callers send it — gate first, TOMLKit only if the gate
/// accepts — never aborts the process. Seeded, so a failure replays.
@Suite struct GateThenTOMLKitFuzzTests {
    /// Bytes that matter to TOML's structure, so random text reaches deep into both parsers.
    static let interestingBytes = Array("[]{}=,.\"'#\n\r \t\\0123456789_-+abefilnrstuxU".utf8) + [0x00, 0x1B, 0x7F, 0xC3, 0xA9, 0xFF]

    static let tokens = [
        "[", "]", "[[", "]]", "{", "}", "=", " = ", ",", ".", " ", "\t", "\n", "\r\n", "# note\n",
        "a", "roles", "\"q k\"", "'lit'", "1", "-2", "+3", "0", "1_000", "888", "i", "true", "false",
        "\"s\"", "\"\\u00e9\"", "''", "\"\"\"\nml\n\"\"\"", "'''raw'''", "[1, 2]", "{ x = 1 }", "{}", "[]",
    ]

    /// Sends `text` through gate → TOMLKit as the callers do; returns whether TOMLKit saw it.
    @discardableResult
    static func gateThenParse(_ text: String) -> Bool {
        do {
            try TOMLGate.check(text)
        } catch {
            return false
        }
        _ = try? TOMLTable(string: text)
        return true
    }

    @Test func randomBytesNeverAbort() {
        var random = SeededGenerator(seed: 0x7011_1D05)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...64, using: &random)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &random) ? Self.interestingBytes.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            Self.gateThenParse(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func mutationsOfAShippedThemeNeverAbort() throws {
        let theme = try #require(try Fixtures.shippedThemes().first { $0.name == "default.toml" })
        let original = Array(theme.text.utf8)
        var random = SeededGenerator(seed: 0x7E3E)
        var reachedTOMLKit = 0
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[position] = Self.interestingBytes.randomElement(using: &random)!
                case 1: bytes.insert(Self.interestingBytes.randomElement(using: &random)!, at: position)
                case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &random)))
                default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 16)], at: position)
                }
                if bytes.isEmpty { bytes = original }
            }
            if Self.gateThenParse(String(decoding: bytes, as: UTF8.self)) { reachedTOMLKit += 1 }
        }
        #expect(reachedTOMLKit > 300, "too few mutants passed the gate to exercise TOMLKit")
    }

    /// How random lines start, so that many of them are nearly valid.
    static let lineStarts = ["", "[", "[[", "a = ", "a.b = ", "\"k\" = ", "x=", "# c", "roles.normal = "]

    @Test func randomLinesOfTokensNeverAbort() {
        var random = SeededGenerator(seed: 0x5009)
        var reachedTOMLKit = 0
        for _ in 0..<5_000 {
            let lines = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                Self.lineStarts.randomElement(using: &random)!
                    + (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.tokens.randomElement(using: &random)! }.joined()
            }
            let text = lines.joined(separator: "\n")
            if Self.gateThenParse(text) { reachedTOMLKit += 1 }
        }
        #expect(reachedTOMLKit > 100, "too few random lines passed the gate to exercise TOMLKit")
    }
}
