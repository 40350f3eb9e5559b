import Testing
import TOMLGate

/// TOML outside the subset, and malformed TOML, is refused with where and what.
@Suite struct TOMLGateRefusalTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let messageFragment: String
        var testDescription: String { String(reflecting: text) }
    }

    static let refusals: [Refusal] = [
        Refusal(text: "ratio = 1.5", line: 1, column: 10, messageFragment: "fractions"),
        Refusal(text: "big = 1e3", line: 1, column: 8, messageFragment: "exponents"),
        Refusal(text: "day = 2026-12-02", line: 1, column: 11, messageFragment: "dates"),
        Refusal(text: "mask = 0xff", line: 1, column: 9, messageFragment: "hexadecimal"),
        Refusal(text: "n = 007", line: 1, column: 6, messageFragment: "may not start with 0"),
        Refusal(text: "n = 1__0", line: 1, column: 7, messageFragment: "digit after `_`"),
        Refusal(text: "n = 1_", line: 1, column: 7, messageFragment: "digit after `_`"),
        Refusal(text: "n = -", line: 1, column: 6, messageFragment: "digit after the sign"),
        Refusal(text: "n = 9223372036854775808", line: 1, column: 5, messageFragment: "too large"),
        Refusal(text: "n = inf", line: 1, column: 5, messageFragment: "expected a value"),
        Refusal(text: "b = tru", line: 1, column: 8, messageFragment: "did you mean true"),
        Refusal(text: "b = trueish", line: 1, column: 9, messageFragment: "end of true"),
        Refusal(text: "k = ", line: 1, column: 5, messageFragment: "expected a value"),
        Refusal(text: "k = = 2", line: 1, column: 5, messageFragment: "expected a value"),
        Refusal(text: "k 2", line: 1, column: 3, messageFragment: "expected `=`"),
        Refusal(text: "a. = 1", line: 1, column: 4, messageFragment: "expected a key after `.`"),
        Refusal(text: "é = 1", line: 1, column: 1, messageFragment: "expected a key"),
        Refusal(text: "a = 1 b = 2", line: 1, column: 7, messageFragment: "end of the line"),
        Refusal(text: "[table", line: 1, column: 7, messageFragment: "expected `]`"),
        Refusal(text: "[[table]", line: 1, column: 9, messageFragment: "expected `]]`"),
        Refusal(text: "[table]]", line: 1, column: 8, messageFragment: "end of the line"),
        Refusal(text: "s = \"open", line: 1, column: 10, messageFragment: "close the string"),
        Refusal(text: "s = \"line\nbreak\"", line: 1, column: 10, messageFragment: "close the string"),
        Refusal(text: "s = 'open", line: 1, column: 10, messageFragment: "close the string"),
        Refusal(text: "x = 1\ns = \"\"\"never closed", line: 2, column: 5, messageFragment: "never closed"),
        Refusal(text: "s = '''never closed", line: 1, column: 5, messageFragment: "never closed"),
        Refusal(text: "s = \"\\x41\"", line: 1, column: 7, messageFragment: "unknown escape"),
        Refusal(text: "s = \"\\e\"", line: 1, column: 7, messageFragment: "unknown escape"),
        Refusal(text: "s = \"\\u12\"", line: 1, column: 10, messageFragment: "4 hexadecimal digits"),
        Refusal(text: "s = \"\\uD800\"", line: 1, column: 8, messageFragment: "no Unicode character"),
        Refusal(text: "s = \"\\U00110000\"", line: 1, column: 8, messageFragment: "no Unicode character"),
        Refusal(text: "s = \"a \\\nb\"", line: 1, column: 9, messageFragment: "multi-line string"),
        Refusal(text: "s = \"bell\u{07}\"", line: 1, column: 10, messageFragment: "U+0007"),
        Refusal(text: "s = \"del\u{7F}\"", line: 1, column: 9, messageFragment: "U+007F"),
        Refusal(text: "# esc \u{1B}[31m", line: 1, column: 7, messageFragment: "U+001B"),
        Refusal(text: "a = 1\rb = 2", line: 1, column: 7, messageFragment: "line feed after a carriage return"),
        Refusal(text: "\u{FEFF}a = 1", line: 1, column: 1, messageFragment: "byte order mark"),
        Refusal(text: "p = [1 2]", line: 1, column: 8, messageFragment: "expected `,` or `]`"),
        Refusal(text: "p = [1,,2]", line: 1, column: 8, messageFragment: "expected a value"),
        Refusal(text: "p = [1", line: 1, column: 7, messageFragment: "expected `,` or `]`"),
        Refusal(text: "t = { a = 1, }", line: 1, column: 14, messageFragment: "expected a key in the inline table"),
        Refusal(text: "t = { a = 1\n}", line: 1, column: 12, messageFragment: "stays on one line"),
        Refusal(text: "t = { a }", line: 1, column: 9, messageFragment: "expected `=`"),
        Refusal(text: "t = {", line: 1, column: 6, messageFragment: "expected a key in the inline table"),
        Refusal(text: "deep = " + String(repeating: "[", count: 33), line: 1, column: 40, messageFragment: "nested more than 32"),
    ]

    @Test(arguments: refusals)
    func isRefusedAtItsLineAndColumn(refusal: Refusal) {
        do {
            try TOMLGate.check(refusal.text)
            Issue.record("accepted \(String(reflecting: refusal.text))")
        } catch {
            #expect(error.line == refusal.line, "\(error)")
            #expect(error.column == refusal.column, "\(error)")
            #expect(error.message.contains(refusal.messageFragment), "\(error)")
        }
    }

    @Test func hostileNestingDepthIsRefusedWithoutExhaustingTheStack() {
        let text = "deep = " + String(repeating: "[{a=", count: 100_000)
        #expect(throws: TOMLGateError.self) { try TOMLGate.check(text) }
    }

    @Test func nestingUpToTheLimitPasses() throws {
        try TOMLGate.check("deep = " + String(repeating: "[", count: 32) + String(repeating: "]", count: 32))
    }
}
