import TUI
import VisitDesk

/// Draws the whole screen for a state. Pure: the same state always gives the same cells.
enum DeskRenderer {
    static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        if state.isTooSmall {
            TooSmallView.render(state, into: &buffer)
            return buffer
        }
        let layout = state.layout
        if state.cases.loaded, state.cases.count == 0, state.cases.query.isEmpty, state.cases.searchEditor == nil {
            EmptyDatabaseView.render(state, in: layout.body, into: &buffer)
        } else {
            switch state.screens.last {
            case .history(let history): HistoryScreen.render(history, state: state, in: layout.body, into: &buffer)
            case .review(let review): DocumentScreen.render(title: review.title, lines: review.lines, scroll: review.scroll, in: layout.body, into: &buffer)
            case .summary(let summary): SummaryScreen.render(summary, in: layout.body, into: &buffer)
            case nil:
                CaseListPane.render(state, in: layout.cases, into: &buffer)
                StagePane.render(state, in: layout.stage, into: &buffer)
                ChecklistPane.render(state, in: layout.checklist, into: &buffer)
                NotesPane.render(state, in: layout.notes, into: &buffer)
            }
        }
        StatusLine.render(state, in: layout.status, into: &buffer)
        KeyBar(bindings: state.keymap.bindings(in: state.activeContexts).filter(\.showInBar))
            .render(in: layout.keyBar, into: &buffer)
        if let modal = state.modal {
            DialogView.render(modal, state: state, over: layout.body, into: &buffer)
        }
        return buffer
    }
}

/// Below the minimum size: one centred message with the size needed and the size now.
enum TooSmallView {
    static func render(_ state: AppState, into buffer: inout CellBuffer) {
        let needed = AppState.minimumSize
        let lines = [
            state.text(UIText.tooSmall),
            "\(state.text(UIText.needed)) \(needed.width)×\(needed.height) · \(state.text(UIText.now)) \(state.size.width)×\(state.size.height)",
            "q",
        ]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < state.size.height {
            let fitted = line.displayWidth > state.size.width ? line.truncated(to: state.size.width) : line
            let x = max(0, (state.size.width - fitted.displayWidth) / 2)
            buffer.write(fitted, x: x, y: top + offset, style: Style(offset == 0 ? .warning : .normal, bold: offset == 0))
        }
    }
}

/// An empty database: how to load cases instead of an empty frame.
enum EmptyDatabaseView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let inner = Pane(title: state.text(UIText.emptyTitle), focused: true).render(in: area, into: &buffer)
        let lines = state.text(UIText.emptyHowTo).split(separator: "\n").flatMap { String($0).wrapped(to: max(1, inner.width - 2)) }
        for (offset, line) in lines.enumerated() where offset + 1 < inner.height {
            buffer.write(line, x: inner.x + 1, y: inner.y + 1 + offset, clip: inner)
        }
    }
}

/// The line above the key bar: a search being typed, the last message, or that the desk is read-only.
enum StatusLine {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        var searchEditor = state.cases.searchEditor
        if case .history(let history)? = state.screens.last { searchEditor = history.searchEditor }
        if let editor = searchEditor, state.modal == nil {
            let prompt = "/ "
            buffer.write(prompt, x: area.x, y: area.y, style: Style(.keyBarKey))
            let visible = editor.visible(width: max(1, area.width - prompt.count))
            buffer.write(visible.text, x: area.x + prompt.count, y: area.y, clip: area)
            buffer.setCursor(x: area.x + prompt.count + visible.cursorColumn, y: area.y)
            return
        }
        guard let message = state.message ?? (state.isReadOnly ? StatusMessage(text: state.text(UIText.readOnlyReview), isError: false) : nil)
        else { return }
        buffer.write(message.text.truncated(to: area.width), x: area.x, y: area.y,
                     style: Style(message.isError ? .error : .muted, bold: message.isError))
    }
}
