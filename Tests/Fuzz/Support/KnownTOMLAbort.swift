/// The inputs the TOML fuzz targets skip because they hit a known abort in toml++ (the C++
/// parser inside TOMLKit 0.6.0): a table header whose key starts with anything but a bare-key
/// character, a quote or `]` — `[`, `[!]`, `[é]`, `[[` at the end of a line — fails the
/// assertion `is_bare_key_character(*cp) || is_string_delimiter(*cp)` in `parser::parse_key`
/// (undefined behaviour where NDEBUG is set). Skipping them lets a run look past that one bug;
/// the bug itself is reported, with its inputs, in the fuzzing note of issue 8.
///
/// The test is conservative: a line inside a multi-line string or array that merely looks
/// like such a header is skipped too.
public enum KnownTOMLAbort {
    /// Whether toml++ may abort on `text` because of the table-header bug.
    public static func affects(_ text: String) -> Bool {
        var line: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                if opensBadHeader(line) { return true }
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(scalar)
            }
        }
        return opensBadHeader(line)
    }

    private static func opensBadHeader(_ line: [Unicode.Scalar]) -> Bool {
        var rest = line.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
        guard rest.first == "[" else { return false }
        rest = rest.dropFirst()
        if rest.first == "[" { rest = rest.dropFirst() }
        rest = rest.drop { $0.properties.isWhitespace }
        guard let first = rest.first else { return true }
        return !(isASCIIBareKeyCharacter(first) || first == "\"" || first == "'" || first == "]")
    }

    private static func isASCIIBareKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }
}
