/// A strict syntax check that every TOML text passes before it reaches the TOML parser.
///
/// It accepts a conservative subset of TOML 1.0 — comments; bare, quoted and dotted keys;
/// `[table]` and `[[array.of.tables]]` headers; basic, literal and multi-line strings; whole
/// numbers; `true`/`false`; arrays and inline tables — and refuses everything else (floats,
/// dates, hexadecimal numbers, …) with the line, column and what was expected. The parser
/// behind TOMLKit aborts the process on some malformed input; text this gate accepts has the
/// plain shape that parser handles.
public enum TOMLGate {
    /// Throws the first place where `text` leaves the subset; returns when all of it is inside.
    public static func check(_ text: String) throws(TOMLGateError) {
        var scanner = TOMLSyntaxScanner(text)
        try scanner.checkDocument()
    }
}
