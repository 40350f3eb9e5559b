import TUI

/// The note being typed, wrapped character by character into rows of the pane's width,
/// with the cursor's row and column; the last `maxRows` rows around the cursor are kept.
struct EditorLayout {
    var rows: [String]
    var cursor: (row: Int, column: Int)

    init(_ editor: LineEditor, width: Int, maxRows: Int) {
        var rows = [""]
        var rowWidth = 0
        var cursor = (row: 0, column: 0)
        for (index, character) in editor.text.enumerated() {
            if index == editor.cursor { cursor = (rows.count - 1, rowWidth) }
            let characterWidth = DisplayWidth.of(character)
            if rowWidth + characterWidth > width {
                rows.append("")
                rowWidth = 0
                if index == editor.cursor { cursor = (rows.count - 1, 0) }
            }
            rows[rows.count - 1].append(character)
            rowWidth += characterWidth
        }
        if editor.cursor >= editor.text.count {
            // The cursor after the last character may need a fresh row when the last is full.
            if rowWidth >= width { rows.append(""); rowWidth = 0 }
            cursor = (rows.count - 1, rowWidth)
        }
        let first = max(0, min(cursor.row - maxRows + 1, rows.count - maxRows))
        self.rows = Array(rows[first..<min(rows.count, first + maxRows)])
        self.cursor = (cursor.row - first, cursor.column)
    }
}
