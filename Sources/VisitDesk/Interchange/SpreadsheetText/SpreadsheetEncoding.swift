/// The text encodings a spreadsheet file is read in (see `SpreadsheetText.decode`).
public enum SpreadsheetEncoding: String, Equatable, Sendable, CaseIterable {
    case utf8
    case utf8WithBOM
    case utf16LittleEndian
    case utf16BigEndian
    case gb18030

    /// How the encoding is named to a user, e.g. `GB18030（GBK）` or `UTF-16 LE with BOM`.
    public var name: LocalizedText {
        switch self {
        case .utf8: LocalizedText(zh: "UTF-8", en: "UTF-8")
        case .utf8WithBOM: LocalizedText(zh: "UTF-8（带 BOM）", en: "UTF-8 with BOM")
        case .utf16LittleEndian: LocalizedText(zh: "UTF-16 LE（带 BOM，Excel“Unicode 文本”）", en: "UTF-16 LE with BOM (Excel \"Unicode text\")")
        case .utf16BigEndian: LocalizedText(zh: "UTF-16 BE（带 BOM）", en: "UTF-16 BE with BOM")
        case .gb18030: LocalizedText(zh: "GB18030（GBK，Excel 在中文系统上的默认“CSV”）", en: "GB18030 (GBK, Excel's default \"CSV\" on a Chinese system)")
        }
    }
}
