/// The inputs the TOML fuzz targets skip because they hit a known abort in toml++ (the C++
/// parser inside TOMLKit 0.6.0). Each is a failed assertion — undefined behaviour where NDEBUG
/// is set — that any TOML file can reach:
///
/// - a table header whose key starts with anything but a bare-key character, a quote or `]`
///   (`[`, `[[`, `[!]`, `[é]` at the end of a line): `is_bare_key_character(*cp) ||
///   is_string_delimiter(*cp)` in `parser::parse_key`;
/// - a `}` where an array expects a value (`p=[}`, `p=[1,}`): `!is_value_terminator(*cp)` in
///   `parser::parse_value`.
///
/// Skipping them lets a run look past these bugs; the bugs themselves, with their inputs, are
/// reported in the fuzzing note of issue 8. The tests are conservative: text inside a
/// multi-line string or array that merely looks like a trigger is skipped too.
public enum KnownTOMLAbort {
    /// Whether toml++ may abort on `text` because of one of the known bugs.
    public static func affects(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.split(whereSeparator: isLineBreak).contains(where: opensBadHeader)
            || scalars.indices.contains { scalars[$0] == "}" && followsArrayOpening(scalars[..<$0]) }
    }

    private static func opensBadHeader(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = line.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
        guard rest.first == "[" else { return false }
        rest = rest.dropFirst()
        if rest.first == "[" { rest = rest.dropFirst() }
        rest = rest.drop { $0.properties.isWhitespace }
        guard let first = rest.first else { return true }
        return !(isASCIIBareKeyCharacter(first) || first == "\"" || first == "'" || first == "]")
    }

    /// Whether what comes before a `}` is `[` or `,`, or a line break (a comment may hide either).
    private static func followsArrayOpening(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = before.last(where: { !$0.properties.isWhitespace || isLineBreak($0) }) else { return false }
        return last == "[" || last == "," || isLineBreak(last)
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
