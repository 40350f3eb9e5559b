import TUI

/// Where each pane of the desk goes at a given size. Keys and drawing both use it, so both
/// agree on what is visible.
struct DeskLayout {
    var cases: Rect
    var stage: Rect
    var checklist: Rect
    var notes: Rect
    var status: Rect
    var keyBar: Rect
    /// The whole area above the status line, for full screens and dialogs.
    var body: Rect

    init(size: Size, stageHeight: Int) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let rows = Layout.split(screen, .rows, [.fill, .fixed(1), .fixed(1)])
        body = rows[0]
        status = rows[1]
        keyBar = rows[2]
        let casesWidth = Self.casesWidth(size)
        let columns = Layout.split(body, .columns, [.fixed(casesWidth), .fill])
        cases = columns[0]
        let right = Layout.split(columns[1], .rows, [.fixed(stageHeight), .fill])
        stage = right[0]
        // The checklist keeps room for its wrapped rows and the selected item's details.
        let lists = Layout.split(right[1], .rows, [.percent(62), .fill])
        checklist = lists[0]
        notes = lists[1]
    }

    /// The width of the case list; the stage, checklist and notes panes share the rest.
    static func casesWidth(_ size: Size) -> Int {
        size.width >= 120 ? 44 : max(28, size.width * 2 / 5)
    }
}
