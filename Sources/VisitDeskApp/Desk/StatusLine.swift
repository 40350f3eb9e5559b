import TUI
import VisitDesk

/// The line above the key bar: a search being typed, the last message, or that the desk is read-only.
enum StatusLine {
    static func render(_ state: DeskState, in area: Rect, into buffer: inout CellBuffer) {
        let searchEditor = state.screens.isEmpty ? state.caseList.search.editor : (state.screens.last as? HistoryScreen)?.search.editor
        if let editor = searchEditor, state.dialogs.isEmpty {
            let prompt = "/ "
            buffer.write(prompt, x: area.x, y: area.y, style: Style(.keyBarKey))
            let visible = editor.visible(width: max(1, area.width - prompt.count))
            buffer.write(visible.text, x: area.x + prompt.count, y: area.y, clip: area)
            buffer.setCursor(x: area.x + prompt.count + visible.cursorColumn, y: area.y)
            return
        }
        guard let message = state.message ?? (state.isReadOnly ? .info(state.text(UIText.readOnlyReview)) : nil) else { return }
        buffer.write(message.text.truncated(to: area.width), x: area.x, y: area.y,
                     style: Style(message.isError ? .error : .muted, bold: message.isError))
    }
}
