/// One thing wrong in an imported CSV file, where a person can find it: the physical line
/// the record starts on (counting newlines inside quoted fields) and the 1-based column
/// (value) of the table. A problem with one character (a stray quote, a control character)
/// names that character's line and character position in its message. The strict CSV
/// reader throws one for the first syntax error; the importer gathers them in a `CaseImportError`.
public struct CaseImportProblem: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 4, column 7: outstanding: "12,34.5" is not an amount: …`; values quoted from the
    /// file are shown with their control characters neutralised.
    public var description: String { "line \(line), column \(column): \(SafeText.neutralised(message))" }
}

/// Why a CSV file of cases was not imported. Import is all or nothing: every problem in
/// the file is listed, in file order, and no case is returned.
public struct CaseImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [CaseImportProblem]

    public init(problems: [CaseImportProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "nothing imported, \(count) in the file:\n" + problems.map(\.description).joined(separator: "\n")
    }
}
