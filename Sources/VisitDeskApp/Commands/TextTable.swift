import TUI

/// A plain-text table whose columns line up in a terminal, counting CJK characters as two
/// columns wide, as the terminal draws them.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Columns aligned to the right (amounts, counts).
    var rightAligned: Set<Int> = []

    var text: String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].displayWidth }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].displayWidth)
                if column == row.count - 1 && !rightAligned.contains(column) { return row[column] }
                return rightAligned.contains(column) ? padding + row[column] : row[column] + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
