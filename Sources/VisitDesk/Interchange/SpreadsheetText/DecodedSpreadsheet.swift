/// A spreadsheet file's text (without its byte-order mark), the encoding it was read in and
/// the separator of its values.
public struct DecodedSpreadsheet: Equatable, Sendable {
    public var text: String
    public var encoding: SpreadsheetEncoding
    public var separator: SpreadsheetSeparator
}
