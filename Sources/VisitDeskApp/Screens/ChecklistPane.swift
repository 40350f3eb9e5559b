import TUI
import VisitDesk

/// The checklist of the current stage: state mark, text, time marked, skip reason.
enum ChecklistPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let inner = Pane(title: "3 " + state.text(UIText.checklist), focused: state.focus == .checklist).render(in: area, into: &buffer)
        guard !inner.isEmpty, let open = state.openCase else { return }
        guard let visit = open.visit, let stage = open.currentStage else {
            buffer.write(state.text(UIText.noVisit), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        var list = open.checklist
        list.scrollToSelection(height: inner.height)
        for (row, index) in (list.offset..<min(stage.items.count, list.offset + inner.height)).enumerated() {
            let item = stage.items[index]
            let record = visit.marks[item.id]
            let presentation = Self.presentation(record?.mark ?? .pending, language: state.language)
            var trailing = record.map { state.clock.time($0.at) } ?? ""
            if case .skipped(let reason)? = record?.mark { trailing = "\(state.text(UIText.skipped)): \(reason)  \(trailing)" }
            let text = item.text[state.language] + (item.required ? " *" : "")
            let selected = index == list.selected && state.focus == .checklist
            ChecklistRow(mark: presentation.mark, text: text, trailing: trailing,
                         style: selected ? Style(.selectedRow) : Style(presentation.role), markWidth: 4)
                .render(in: Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), into: &buffer)
        }
    }

    /// The mark and colour of an item's state.
    static func presentation(_ mark: ItemMark, language: Language) -> (mark: String, role: StyleRole) {
        switch mark {
        case .pending: ("[ ]", .itemPending)
        case .done: ("[✓]", .itemDone)
        case .skipped: ("[–]", .itemSkipped)
        case .notApplicable: ("[/]", .itemNotApplicable)
        }
    }
}

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
        let editorRows = state.noteEditor == nil ? 0 : 1
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
        if let editor = state.noteEditor {
            let y = inner.maxY - 1
            let prompt = "> "
            buffer.write(prompt, x: inner.x, y: y, style: Style(.keyBarKey))
            let visible = editor.visible(width: max(1, inner.width - prompt.count))
            buffer.write(visible.text, x: inner.x + prompt.count, y: y, clip: inner)
            buffer.setCursor(x: inner.x + prompt.count + visible.cursorColumn, y: y)
        }
    }

    /// `10:05 text…` with continuation lines indented under the text.
    static func lines(_ visit: VisitState, width: Int, clock: VisitClock) -> [String] {
        var lines: [String] = []
        for note in visit.notes {
            let stamp = clock.time(note.at) + " "
            let indent = String(repeating: " ", count: stamp.count)
            let wrapped = note.text.wrapped(to: max(1, width - stamp.count))
            for (index, part) in wrapped.enumerated() {
                lines.append((index == 0 ? stamp : indent) + part)
            }
        }
        return lines
    }
}
