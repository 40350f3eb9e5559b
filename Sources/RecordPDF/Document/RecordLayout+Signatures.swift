import CPangoCairo
import VisitDesk

extension RecordLayout {
    /// One line to sign and one for the date per signer, under their name and role, all
    /// kept together on one page, and with the QR code that follows them.
    func signatureBlock(_ signers: [RecordSigner]) -> FlowItem {
        let rowHeight = 72.0
        let rows = signers.map { signer in
            (who: TextBox("\(signer.name) · \(signer.role)", style: .body, width: width, on: canvas),
             sign: TextBox(words.signature, style: .label, width: nil, on: canvas),
             date: TextBox(words.date, style: .label, width: nil, on: canvas))
        }
        return FlowItem(height: rowHeight * Double(rows.count), spaceBefore: 4, keepWithNext: true) { canvas, top in
            let context = canvas.context
            let dateLeft = x + width * 0.68
            for (index, row) in rows.enumerated() {
                let rowTop = top + rowHeight * Double(index)
                let lineY = rowTop + 46
                row.who.draw(on: canvas, x: x, y: rowTop + 4)
                row.sign.draw(on: canvas, x: x, y: lineY + 2)
                row.date.draw(on: canvas, x: dateLeft, y: lineY + 2)
                cairo_set_source_rgb(context, 0, 0, 0)
                cairo_set_line_width(context, 0.7)
                cairo_move_to(context, x, lineY)
                cairo_line_to(context, x + width * 0.6, lineY)
                cairo_move_to(context, dateLeft, lineY)
                cairo_line_to(context, x + width, lineY)
                cairo_stroke(context)
            }
        }
    }
}
