import Foundation

/// A column of an imported spreadsheet (cases, payments): named in the header row in English
/// (any letter case) or Chinese.
protocol SpreadsheetColumn: CaseIterable, Hashable {
    /// The English header, as the exports write it.
    var header: String { get }
    /// The Chinese header accepted in its place.
    var chineseHeader: String { get }
    /// The columns every file must have.
    static var required: [Self] { get }
}

extension SpreadsheetColumn {
    /// The column a header names, in English (any letter case) or Chinese.
    static func named(_ header: String) -> Self? {
        let text = header.trimmingWhitespace()
        return allCases.first { $0.header.caseInsensitiveCompare(text) == .orderedSame || $0.chineseHeader == text }
    }
}
