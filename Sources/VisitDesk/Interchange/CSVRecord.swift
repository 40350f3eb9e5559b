/// One non-blank record of a CSV text, the physical line it starts on, and where each of
/// its values starts in the file.
struct CSVRecord: Equatable {
    /// Where a value's text starts: line and character column (after the opening quote of a
    /// quoted value), and whether it was quoted (inside quotes each `"` of the value takes two
    /// characters in the file).
    struct FieldStart: Equatable {
        var line: Int
        var column: Int
        var quoted: Bool
    }

    var line: Int
    var fields: [String]
    var starts: [FieldStart]

    /// The non-blank records of `text`, read strictly (see `StrictCSVReader`).
    static func records(in text: String, separator: SpreadsheetSeparator = .comma) throws(CaseImportProblem) -> [CSVRecord] {
        try StrictCSVReader.records(in: text, separator: separator)
    }

    /// The line and character column in the file of a character that `SafeText` found at
    /// `position` (line and column within the value) of the value at `field`.
    func filePosition(of position: SafeText.UnsafeCharacter, inField field: Int) -> (line: Int, column: Int) {
        let start = starts[field]
        var column = position.column
        if start.quoted {
            var valueLine = 1
            var columnOnLine = 0
            for scalar in fields[field].unicodeScalars {
                if valueLine == position.line {
                    columnOnLine += 1
                    if columnOnLine >= position.column { break }
                    if scalar == "\"" { column += 1 }
                }
                if scalar == "\n" { valueLine += 1 }
            }
        }
        return position.line == 1
            ? (start.line, start.column + column - 1)
            : (start.line + position.line - 1, column)
    }
}
