/// What separates the values of a record in a spreadsheet text file.
public enum SpreadsheetSeparator: UInt8, Equatable, Sendable {
    case comma = 0x2C
    case tab = 0x09

    /// `逗号` / `comma`, `制表符` / `tab`.
    public var name: LocalizedText {
        switch self {
        case .comma: LocalizedText(zh: "逗号", en: "comma")
        case .tab: LocalizedText(zh: "制表符", en: "tab")
        }
    }
}
