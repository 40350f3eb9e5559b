/// Why a spreadsheet file could not be read as text: the physical line (1-based, counting
/// line feeds) where decoding failed, and what to do about it.
public struct SpreadsheetDecodingError: Error, Equatable, Sendable {
    public var line: Int
    public var text: LocalizedText
}
