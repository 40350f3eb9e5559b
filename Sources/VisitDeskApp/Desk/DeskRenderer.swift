import TUI
import VisitDesk

/// Draws the whole screen for a state. Pure: the same state always gives the same cells.
enum DeskRenderer {
    static func render(_ state: DeskState) -> CellBuffer {
        var buffer = CellBuffer(width: state.size.width, height: state.size.height)
        if state.isTooSmall {
            TooSmallView.render(state, into: &buffer)
            return buffer
        }
        let layout = state.layout
        if state.caseList.isEmptyDatabase {
            EmptyDatabaseView.render(state, in: layout.body, into: &buffer)
        } else if let screen = state.screens.last {
            screen.render(state.context(area: layout.body), into: &buffer)
        } else {
            state.caseList.render(state.context(of: .cases, in: layout), into: &buffer)
            state.visitPanel.render(state.context(of: .stage, in: layout), into: &buffer)
            state.checklist.render(state.context(of: .checklist, in: layout), into: &buffer)
            state.notes.render(state.context(of: .notes, in: layout), into: &buffer)
        }
        SyncBadge.render(state, into: &buffer)
        StatusLine.render(state, in: layout.status, into: &buffer)
        state.keyBar(layout).render(in: layout.keyBar, into: &buffer)
        for dialog in state.dialogs {
            dialog.render(state.context(area: layout.body), into: &buffer)
        }
        return buffer
    }
}
