/// A plain-text table whose columns line up in a terminal, counting CJK characters as two
/// columns wide, as the terminal draws them.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Columns aligned to the right (amounts, counts).
    var rightAligned: Set<Int> = []

    var text: String {
        let widths = header.indices.map { column in
            ([header] + rows).map { TextTable.displayWidth($0[column]) }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - TextTable.displayWidth(row[column]))
                if column == row.count - 1 && !rightAligned.contains(column) { return row[column] }
                return rightAligned.contains(column) ? padding + row[column] : row[column] + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Columns a text takes in a terminal: East Asian wide and fullwidth characters take two,
    /// combining marks none.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: width
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
                 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: width + 2
            default: width + 1
            }
        }
    }
}
