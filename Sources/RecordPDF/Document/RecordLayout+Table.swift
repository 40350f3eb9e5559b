import CPangoCairo
import VisitDesk

extension RecordLayout {
    /// A ruled table: a shaded header row kept with the first row and repeated above rows
    /// continued on a later page; columns as wide as their widest cell, narrowed in
    /// proportion (their cells wrapping) when the table is wider than the page.
    func tableRows(_ table: RecordTable) -> [FlowItem] {
        let padding = 4.0, verticalPadding = 2.5
        let count = table.columns.count
        guard count > 0 else { return [] }
        var natural = Array(repeating: 0.0, count: count)
        for (index, row) in ([table.columns] + table.rows).enumerated() {
            for (column, cell) in row.prefix(count).enumerated() {
                let style: TextStyle = index == 0 ? .bold : .body
                natural[column] = max(natural[column], TextBox(cell, style: style, width: nil, on: canvas).size.width + 2 * padding)
            }
        }
        let total = natural.reduce(0, +)
        let widths = total > width ? natural.map { $0 * width / total } : natural
        let right = (0..<count).map { $0 < table.alignedRight.count && table.alignedRight[$0] }

        func row(_ cells: [String], header: Bool) -> FlowItem {
            let boxes = (0..<count).map { column in
                TextBox(column < cells.count ? cells[column] : "", style: header ? .bold : .body,
                        width: widths[column] - 2 * padding, on: canvas, alignRight: right[column])
            }
            let height = (boxes.map { $0.size.height }.max() ?? 0) + 2 * verticalPadding
            return FlowItem(height: height, keepWithNext: header) { canvas, top in
                let context = canvas.context
                var left = x
                for (column, box) in boxes.enumerated() {
                    if header {
                        cairo_set_source_rgb(context, 0.9, 0.9, 0.9)
                        cairo_rectangle(context, left, top, widths[column], height)
                        cairo_fill(context)
                    }
                    box.draw(on: canvas, x: left + padding, y: top + verticalPadding)
                    cairo_set_source_rgb(context, 0.35, 0.35, 0.35)
                    cairo_set_line_width(context, 0.5)
                    cairo_rectangle(context, left, top, widths[column], height)
                    cairo_stroke(context)
                    left += widths[column]
                }
            }
        }

        let headerRow = { row(table.columns, header: true) }
        return [headerRow()] + table.rows.map { cells in
            var item = row(cells, header: false)
            item.continuationHeader = headerRow
            return item
        }
    }
}
