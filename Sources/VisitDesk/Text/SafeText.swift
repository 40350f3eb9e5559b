/// The one place that decides which characters are unsafe in text that came from data
/// (imported files, the database, playbooks, typed text). Input paths refuse them with
/// `firstUnsafeCharacter`; every output path — terminal, table, text, Markdown, CSV, JSON,
/// error message, written file — passes text through `neutralised` (or, for JSON,
/// `escapingUnsafeScalars`), so old or hand-edited data cannot drive a terminal either.
public enum SafeText {
    /// Which line-layout characters a field or an output may keep.
    public struct Allowance: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// `\n` (a `\r\n` pair counts as one line break).
        public static let newline = Allowance(rawValue: 1)
        /// `\t`.
        public static let tab = Allowance(rawValue: 2)
    }

    /// An unsafe character found in input: where it is (1-based, counted in characters on
    /// its line) and which scalar it is.
    public struct UnsafeCharacter: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var scalar: Unicode.Scalar

        /// `U+001B (escape)` — how the character is named in messages.
        public var name: String { SafeText.name(of: scalar) }

        public var description: String { "\(name) at line \(line), column \(column)" }
    }

    /// Whether `scalar` is never allowed in data shown to a person: C0 and C1 controls,
    /// DEL, bidirectional overrides and isolates, and the Unicode line and paragraph separators.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// The first unsafe character of `text`, or nil when it has none. `\r\n` counts as one
    /// newline; a lone `\r` is unsafe.
    public static func firstUnsafeCharacter(in text: String, allowing allowance: Allowance = []) -> UnsafeCharacter? {
        var line = 1
        var column = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            column += 1
            if scalar == "\r", allowance.contains(.newline), index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
                continue
            }
            if scalar == "\n", allowance.contains(.newline) {
                line += 1
                column = 0
            } else if scalar == "\t", allowance.contains(.tab) {
                // allowed
            } else if isUnsafe(scalar) {
                return UnsafeCharacter(line: line, column: column, scalar: scalar)
            }
            index += 1
        }
        return nil
    }

    /// `text` with every unsafe scalar replaced by a visible stand-in: C0 controls and DEL by
    /// their control pictures (`␛`, `␇`, `␀`…), everything else by `�`. Allowed line breaks
    /// and tabs are kept; a `\r\n` pair is kept as `\n`.
    public static func neutralised(_ text: String, allowing allowance: Allowance = []) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r", allowance.contains(.newline), pending == "\n" { continue }
            if (scalar == "\n" && allowance.contains(.newline)) || (scalar == "\t" && allowance.contains(.tab)) || !isUnsafe(scalar) {
                result.append(scalar)
            } else {
                result.append(standIn(for: scalar))
            }
        }
        return String(result)
    }

    /// JSON text with every unsafe scalar that an encoder left raw (C1 controls, bidi
    /// controls, separators) written as a `\uXXXX` escape. The data is unchanged for a JSON
    /// reader; only the bytes that reach a terminal or a file are safe. A raw `\n` can only
    /// be the layout of pretty-printed JSON (inside strings an encoder escapes it), so it stays.
    public static func escapingUnsafeScalars(inJSON json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0 != "\n" && isUnsafe($0) }) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if scalar != "\n", isUnsafe(scalar) {
                result += "\\u" + hex(scalar.value, digits: 4).lowercased()
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `U+001B (escape)`.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let code = "U+" + hex(scalar.value, digits: 4)
        let description: String = switch scalar.value {
        case 0x00: "null"
        case 0x07: "bell"
        case 0x08: "backspace"
        case 0x09: "tab"
        case 0x0A: "line break"
        case 0x0D: "carriage return"
        case 0x1B: "escape"
        case 0x7F: "delete"
        case 0x80...0x9F: "C1 control"
        case 0x2028, 0x2029: "line separator"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: "bidirectional control"
        default: "control character"
        }
        return "\(code) (\(description))"
    }

    private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
