import TUI

/// Where each pane of the desk goes at a given size. Update uses it for paging and
/// scrolling, the renderer for drawing, so both agree on what is visible.
struct DeskLayout {
    var cases: Rect
    var stage: Rect
    var checklist: Rect
    var notes: Rect
    var status: Rect
    var keyBar: Rect
    /// The whole area above the status line, for full screens (history, review, summary).
    var body: Rect

    init(size: Size, stageHeight: Int) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let rows = Layout.split(screen, .rows, [.fill, .fixed(1), .fixed(1)])
        body = rows[0]
        status = rows[1]
        keyBar = rows[2]
        let casesWidth = size.width >= 120 ? 44 : max(28, size.width * 2 / 5)
        let columns = Layout.split(body, .columns, [.fixed(casesWidth), .fill])
        cases = columns[0]
        let right = Layout.split(columns[1], .rows, [.fixed(stageHeight), .fill])
        stage = right[0]
        let lists = Layout.split(right[1], .rows, [.percent(55), .fill])
        checklist = lists[0]
        notes = lists[1]
    }

    /// Rows of content inside a bordered pane.
    static func innerHeight(_ rect: Rect) -> Int { max(0, rect.height - 2) }
}

extension AppState {
    /// The stage pane grows to show case details while no visit is open.
    var layout: DeskLayout {
        let extraLines = (openCase?.warnings.count ?? 0) + (openCase?.visit?.outcome == nil ? 0 : 1) + (openCase?.revealed == true ? 1 : 0)
        let stageHeight = openCase?.visit == nil ? 12 : 4 + min(max(extraLines, 1), 4)
        return DeskLayout(size: size, stageHeight: min(stageHeight, max(4, (size.height - 2) / 2)))
    }
}
