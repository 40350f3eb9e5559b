import TUI
import VisitDesk

/// The notes of the visit, newest last, wrapped to the pane; the note being typed sits on
/// the last line with the cursor in it.
struct NotesView {
    let notes: Notes
    let context: DeskContext

    func render(into buffer: inout CellBuffer) {
        var title = "4 " + context.text(UIText.notes)
        if notes.editor != nil, context.session?.visit?.isEnded == true { title += " · " + context.text(UIText.addendumLine) }
        if let editor = notes.editor {
            if !editor.text.isEmpty, editor.text == notes.draftSavedText { title += " · " + context.text(UIText.draftSaved) }
            title += " · " + context.text(UIText.noteEditorHint)
        }
        let inner = Pane(title: title, focused: context.isFocused).render(in: context.area, into: &buffer)
        guard !inner.isEmpty, let visit = context.session?.visit else { return }
        let prompt = "> "
        let editorLayout = notes.editor.map { EditorLayout($0, width: max(1, inner.width - prompt.count), maxRows: max(1, inner.height / 2)) }
        let editorRows = editorLayout?.rows.count ?? 0
        let textArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - editorRows))
        let lines = Self.lines(visit, width: inner.width, clock: context.clock, language: context.language)
        if lines.isEmpty, editorRows == 0 {
            buffer.write(context.text(UIText.noNotes), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
        }
        // Pinned to the newest note; scrolling up moves away from the bottom.
        let bottomTop = max(0, lines.count - textArea.height)
        let top = max(0, bottomTop - min(notes.scrollBack, bottomTop))
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

    /// `10:05 text…` with continuation lines indented under the text; an addendum says so
    /// after its time (`10:40 [addendum] text…`).
    static func lines(_ visit: VisitState, width: Int, clock: VisitClock, language: Language) -> [String] {
        var lines: [String] = []
        for note in visit.notes {
            let stamp = clock.time(note.at) + " " + (note.isAddendum ? "[\(UIText.addendum[language])] " : "")
            let indent = String(repeating: " ", count: stamp.displayWidth)
            let wrapped = SafeText.neutralised(note.text, allowing: [.newline]).wrapped(to: max(1, width - stamp.displayWidth))
            for (index, part) in wrapped.enumerated() {
                lines.append((index == 0 ? stamp : indent) + part)
            }
        }
        return lines
    }
}
