import Testing

/// A TOML text that made toml++ (inside TOMLKit) abort the process, with where the gate
/// must refuse it. Minimised by the fuzzer (see /work/fuzz-findings at the time of issue 8).
struct CrashInput: CustomTestStringConvertible, Sendable {
    let bytes: [UInt8]
    let line: Int
    let column: Int
    let messageFragment: String

    init(_ text: String, line: Int, column: Int, _ messageFragment: String) {
        self.init(bytes: Array(text.utf8), line: line, column: column, messageFragment)
    }

    init(bytes: [UInt8], line: Int, column: Int, _ messageFragment: String) {
        self.bytes = bytes
        self.line = line
        self.column = column
        self.messageFragment = messageFragment
    }

    /// The bytes as the callers see them: decoded as UTF-8, invalid bytes as U+FFFD.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    var testDescription: String { String(reflecting: text) }

    static let all: [CrashInput] = [
        CrashInput("[\n", line: 1, column: 2, "expected a key after `[`"),
        CrashInput("[", line: 1, column: 2, "expected a key after `[`"),
        CrashInput("[[\n", line: 1, column: 3, "expected a key after `[[`"),
        CrashInput("[!]\n", line: 1, column: 2, "expected a key after `[`"),
        CrashInput("[é]\n", line: 1, column: 2, "expected a key after `[`"),
        CrashInput(bytes: [0x5B, 0xFF], line: 1, column: 2, "expected a key after `[`"),
        CrashInput("name = \"x\"\n\n  [ \t", line: 3, column: 6, "expected a key after `[`"),
        CrashInput("p=[}", line: 1, column: 4, "expected a value"),
        CrashInput("p=[1,}\n", line: 1, column: 6, "expected a value"),
        CrashInput("p=[\n}]\n", line: 2, column: 1, "expected a value"),
        CrashInput("a.b = [ [ } ] ]", line: 1, column: 11, "expected a value"),
        CrashInput("d=888i------ 4#", line: 1, column: 6, "expected the end of the whole number"),
    ]
}
