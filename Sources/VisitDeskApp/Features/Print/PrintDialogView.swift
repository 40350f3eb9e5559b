import TUI
import VisitDesk

/// Draws the print dialog: the printers as a list (the default marked), the copies field with
/// the cursor in it, and why the last Enter was refused.
struct PrintDialogView {
    let dialog: PrintDialog
    let context: DeskContext

    func render(into buffer: inout CellBuffer) {
        let t = context.text
        let area = context.area
        let rows = dialog.printers.names.map { name in
            name == dialog.printers.defaultPrinter ? name + t(PrintText.defaultMark) : name
        }
        let listHeight = min(rows.count, max(1, area.height - 8))
        let copiesLabel = "\(t(PrintText.copies)): "
        let widest = max(rows.map(\.displayWidth).max() ?? 0, t(PrintText.title).displayWidth + 4,
                         dialog.problem?.displayWidth ?? 0, copiesLabel.displayWidth + 4)
        let inner = Modal(title: t(PrintText.title), width: min(area.width - 2, widest + 6), height: listHeight + 6)
            .render(over: area, into: &buffer)
        buffer.write(t(PrintText.printer), x: inner.x, y: inner.y, style: Style(.header, bold: true), clip: inner)
        var list = ListState()
        list.selected = dialog.selected
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: listHeight)
        list.scrollToSelection(height: listArea.height)
        ListView().render(in: listArea, into: &buffer, source: StringRows(rows: rows), state: list)
        let copiesY = listArea.maxY + 1
        let x = inner.x + buffer.write(copiesLabel, x: inner.x, y: copiesY, style: Style(.header, bold: true), clip: inner)
        buffer.write(dialog.copies, x: x, y: copiesY, clip: inner)
        buffer.setCursor(x: x + dialog.copies.displayWidth, y: copiesY)
        if let problem = dialog.problem {
            buffer.write(problem, x: inner.x, y: copiesY + 1, style: Style(.error, bold: true), clip: inner)
        }
    }
}
