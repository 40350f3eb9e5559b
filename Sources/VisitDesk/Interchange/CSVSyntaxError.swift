/// Where a CSV text breaks RFC 4180 and how to mend it.
struct CSVSyntaxError: Error, Equatable {
    /// 1-based line of the offending character.
    var line: Int
    /// 1-based character column of the offending character on its line.
    var column: Int
    /// 1-based number of the value (field) in its record.
    var field: Int
    /// What is wrong, naming the character position, and what to write instead.
    var message: LocalizedText
}
