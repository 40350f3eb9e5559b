import TUI
import VisitDesk

/// The sync state at the right end of the top line, in the top edge of whatever pane or screen
/// is there: `┌ 2 阶段 … ─ 已同步 · 2 分钟前 ┐`. A title that runs under it is cut with an ellipsis.
/// Nothing when no team server is configured.
enum SyncBadge {
    static func render(_ state: DeskState, into buffer: inout CellBuffer) {
        guard let text = state.sync?.text(state.language, now: state.now) else { return }
        let shown = " \(text) "
        let x = buffer.width - 1 - shown.displayWidth
        // Room for the left corner, a few columns of the title and the rule before the badge.
        guard x >= 12 else { return }
        let corner = buffer[x: buffer.width - 1, y: 0]
        if buffer[x: x - 1, y: 0].grapheme != "─" {
            // The title ends in `… ─` before the badge; a wide character is never left cut in half.
            let cut = buffer[x: x - 3, y: 0].isContinuation ? x - 4 : x - 3
            let titleStyle = buffer[x: cut - 1, y: 0].style
            buffer.write("…", x: cut, y: 0, style: titleStyle)
            buffer.write(" ", x: cut + 1, y: 0, style: titleStyle)
            buffer.write(String(repeating: "─", count: x - (cut + 2)), x: cut + 2, y: 0, style: corner.style)
        }
        let offline = state.sync?.status?.lastError != nil
        buffer.write(shown, x: x, y: 0, style: Style(offline ? .warning : .muted, bold: offline))
    }
}
