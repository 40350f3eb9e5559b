import CPangoCairo
import VisitDesk

/// Lays a record document out as a flow of items within the page's text column: the title,
/// then each section's title and blocks, then the QR code that matches the paper to the store.
struct RecordLayout {
    let canvas: PDFCanvas
    let words: PageWords
    /// Left edge and width of the text column, in points.
    let x: Double
    let width: Double

    static let blockSpace = 6.0
    static let sectionSpace = 14.0

    func items(for document: RecordDocument) throws(RecordPDFError) -> [FlowItem] {
        var items = TextBox(document.title, style: .title, width: width, on: canvas).lines(x: x)
        for section in document.sections {
            items += sectionTitle(section.title)
            for (index, block) in section.blocks.enumerated() {
                var blockItems = self.items(for: block)
                guard !blockItems.isEmpty else { continue }
                blockItems[0].spaceBefore = Self.blockSpace
                // A paragraph that introduces a list (a stage over its items) stays on its page.
                if case .paragraph = block, index + 1 < section.blocks.count, case .list = section.blocks[index + 1] {
                    blockItems[blockItems.count - 1].keepWithNext = true
                }
                items += blockItems
            }
        }
        items.append(try QRCodeMark(matchCode: document.matchCode, words: words).item(on: canvas, x: x, width: width))
        return items
    }

    private func items(for block: RecordBlock) -> [FlowItem] {
        switch block {
        case .fields(let fields): fieldRows(fields)
        case .table(let table): tableRows(table)
        case .list(let lines): bullets(lines)
        case .paragraph(let text): TextBox(text, style: .body, width: width, on: canvas).lines(x: x)
        case .hash(let label, let value): hash(label: label, value: value)
        case .signatures(let signers): [signatureBlock(signers)]
        }
    }

    /// A section's title over a thin rule, kept on the page of what follows it.
    private func sectionTitle(_ title: String) -> [FlowItem] {
        let box = TextBox(title, style: .sectionTitle, width: width, on: canvas)
        let height = box.size.height + 4
        return [FlowItem(height: height, spaceBefore: Self.sectionSpace, keepWithNext: true) { canvas, top in
            box.draw(on: canvas, x: x, y: top)
            cairo_set_source_rgb(canvas.context, 0.55, 0.55, 0.55)
            cairo_set_line_width(canvas.context, 0.6)
            cairo_move_to(canvas.context, x, top + height - 1.5)
            cairo_line_to(canvas.context, x + width, top + height - 1.5)
            cairo_stroke(canvas.context)
        }]
    }

    /// One item per line of each bulleted entry, the lines indented past the bullet (a drawn
    /// dot: the font's own "•" is set full width in CJK faces).
    private func bullets(_ lines: [String]) -> [FlowItem] {
        let indent = 12.0
        return lines.flatMap { line -> [FlowItem] in
            var items = TextBox(line, style: .body, width: width - indent, on: canvas).lines(x: x + indent)
            guard !items.isEmpty else { return [] }
            let first = items[0].draw
            let height = items[0].height
            items[0].spaceBefore = 1.5
            items[0].draw = { canvas, top in
                cairo_set_source_rgb(canvas.context, 0, 0, 0)
                cairo_new_sub_path(canvas.context)
                cairo_arc(canvas.context, x + 4, top + height * 0.6, 1.6, 0, 2 * Double.pi)
                cairo_fill(canvas.context)
                first(canvas, top)
            }
            return items
        }
    }
}
