import TUI
import VisitDesk

/// The summary screen: the record laid out for the pane it is drawn in, so no rule or table
/// row is wider than the pane; scrolls like any document.
enum SummaryScreen {
    static func render(_ summary: SummaryState, in area: Rect, into buffer: inout CellBuffer) {
        DocumentScreen.render(title: summary.title, lines: lines(summary, paneWidth: area.width), scroll: summary.scroll,
                              in: area, into: &buffer)
    }

    /// The record as text for a pane `paneWidth` columns wide: its two borders and the one-column
    /// margin `DocumentScreen` keeps on the left are left out.
    static func lines(_ summary: SummaryState, paneWidth: Int) -> [String] {
        SummaryText(document: summary.document, width: paneWidth - 3).lines
    }
}
