import TUI
import VisitDesk

/// An empty database: how to load cases instead of an empty frame.
enum EmptyDatabaseView {
    static func render(_ state: DeskState, in area: Rect, into buffer: inout CellBuffer) {
        let inner = Pane(title: state.text(UIText.emptyTitle), focused: true).render(in: area, into: &buffer)
        let lines = state.text(UIText.emptyHowTo).split(separator: "\n").flatMap { String($0).wrapped(to: max(1, inner.width - 2)) }
        for (offset, line) in lines.enumerated() where offset + 1 < inner.height {
            buffer.write(line, x: inner.x + 1, y: inner.y + 1 + offset, clip: inner)
        }
    }
}
