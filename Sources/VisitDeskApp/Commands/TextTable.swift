import TUI
import VisitDesk

/// A plain-text table whose columns line up in a terminal, counting CJK characters as two
/// columns wide, as the terminal draws them. Cells are neutralised (`SafeText`, no line
/// breaks or tabs either), so a row stays one line whatever the data holds.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Columns aligned to the right (amounts, counts).
    var rightAligned: Set<Int> = []

    init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows.map { $0.map { SafeText.neutralised($0) } }
        self.rightAligned = rightAligned
    }

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
