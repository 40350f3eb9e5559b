/// A CSV cell as the exports write it: unsafe characters neutralised (`SafeText`; line
/// breaks and tabs kept, CSV quotes them), and a cell a spreadsheet would run as a formula —
/// one starting with `=`, `+`, `-`, `@` or a tab — prefixed with `'`, so that opening an
/// export never runs a formula from the data ("CSV injection"). A leading carriage return
/// cannot survive: `SafeText` turns a lone one into `␍`.
enum SpreadsheetCell {
    static func safe(_ value: String) -> String {
        let text = SafeText.neutralised(value, allowing: [.newline, .tab])
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t"].contains(first) else { return text }
        return "'" + text
    }
}
