/// The cases read from a file, with the encoding and separator the file was read in.
public struct ImportedCases: Equatable, Sendable {
    public var cases: [LoanCase]
    public var encoding: SpreadsheetEncoding
    public var separator: SpreadsheetSeparator
}
