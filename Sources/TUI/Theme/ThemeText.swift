/// The characters a theme file may hold in its keys and strings. A theme holds only names,
/// a description and colours, so anything that is not printable text is refused: controls
/// (C0, DEL, C1), format characters (bidirectional overrides among them), line and paragraph
/// separators, private-use, surrogate and unassigned code points.
enum ThemeText {
    /// The first scalar of `text` that a theme may not hold, or nil.
    static func firstNonPrintable(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { !isPrintable($0) }
    }

    /// `text` with every non-printable scalar written as `\u{1B}`, for error messages.
    static func shown(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            if isPrintable(scalar) {
                shown.unicodeScalars.append(scalar)
            } else {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return shown
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: false
        default: true
        }
    }
}
