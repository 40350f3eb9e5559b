import TUI
import VisitDesk

/// The notes of the visit, newest last, wrapped to the pane; the note being typed sits on
/// the last line with the cursor in it.
enum NotesPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        var title = "4 " + state.text(UIText.notes)
        if let editor = state.noteEditor {
            if !editor.text.isEmpty, editor.text == state.draftSavedText { title += " · " + state.text(UIText.draftSaved) }
            title += " · " + state.text(UIText.noteEditorHint)
        }
        let inner = Pane(title: title, focused: state.focus == .notes).render(in: area, into: &buffer)
        guard !inner.isEmpty, let open = state.openCase, let visit = open.visit else { return }
        let prompt = "> "
        let editorLayout = state.noteEditor.map { EditorLayout($0, width: max(1, inner.width - prompt.count), maxRows: max(1, inner.height / 2)) }
        let editorRows = editorLayout?.rows.count ?? 0
        let textArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - editorRows))
        let lines = Self.lines(visit, width: inner.width, clock: state.clock)
        if lines.isEmpty, editorRows == 0 {
            buffer.write(state.text(UIText.noNotes), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
        }
        // Pinned to the newest note; scrolling up moves away from the bottom.
        let bottomTop = max(0, lines.count - textArea.height)
        let top = max(0, bottomTop - min(open.notesScrollBack, bottomTop))
        for (row, line) in lines.dropFirst(top).prefix(textArea.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + row, clip: textArea)
        }
        if let editorLayout {
            let top = inner.maxY - editorRows
            buffer.write(prompt, x: inner.x, y: top, style: Style(.keyBarKey))
            for (row, text) in editorLayout.rows.enumerated() {
                buffer.write(text, x: inner.x + prompt.count, y: top + row, clip: inner)
            }
            buffer.setCursor(x: inner.x + prompt.count + editorLayout.cursor.column, y: top + editorLayout.cursor.row)
        }
    }

    /// `10:05 text…` with continuation lines indented under the text.
    static func lines(_ visit: VisitState, width: Int, clock: VisitClock) -> [String] {
        var lines: [String] = []
        for note in visit.notes {
            let stamp = clock.time(note.at) + " "
            let indent = String(repeating: " ", count: stamp.count)
            let wrapped = SafeText.neutralised(note.text, allowing: [.newline]).wrapped(to: max(1, width - stamp.count))
            for (index, part) in wrapped.enumerated() {
                lines.append((index == 0 ? stamp : indent) + part)
            }
        }
        return lines
    }
}

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
