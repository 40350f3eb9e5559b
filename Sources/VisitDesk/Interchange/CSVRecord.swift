import CSV
import Foundation

/// One non-blank record of a CSV text and the physical line it starts on.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]

    /// The records of `text`, read with the CSV library. The line count advances by one
    /// for each record's terminator plus every newline inside its quoted fields (CRLF and
    /// a lone CR count as one), so `line` is what an editor shows. Blank lines and rows of
    /// empty fields are left out.
    static func records(in text: String) -> [CSVRecord] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: true) else { return [] }
        var records: [CSVRecord] = []
        var line = 1
        while let fields = reader.next() {
            let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if trimmed.contains(where: { !$0.isEmpty }) {
                records.append(CSVRecord(line: line, fields: trimmed))
            }
            line += 1 + fields.reduce(0) { $0 + newlineCount($1) }
        }
        return records
    }

    private static func newlineCount(_ field: String) -> Int {
        var count = 0
        var previousWasCR = false
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\n": if !previousWasCR { count += 1 }
            case "\r": count += 1
            default: break
            }
            previousWasCR = scalar == "\r"
        }
        return count
    }
}
