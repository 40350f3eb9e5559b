import CPangoCairo
import Foundation

/// The QR code holding a record's match code (visit id and chain head), with the code
/// itself in small type beside it, so a paper copy can be matched to the store.
struct QRCodeMark {
    /// Dark modules, row by row.
    let modules: [[Bool]]
    let matchCode: String
    let words: PageWords

    static let side = 78.0

    init(matchCode: String, words: PageWords) throws(RecordPDFError) {
        guard let code = QRcode_encodeString(matchCode, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw .qrCode(reason: String(cString: strerror(errno)))
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
        modules = (0..<width).map { row in (0..<width).map { column in data[row * width + column] & 1 == 1 } }
        self.matchCode = matchCode
        self.words = words
    }

    /// The mark as the flow's last item: the code at the right, its text at the left.
    func item(on canvas: PDFCanvas, x: Double, width: Double) -> FlowItem {
        let side = Self.side
        let caption = TextBox(words.scanToMatch + "\n" + matchCode, style: .small, width: width - side - 16, on: canvas)
        let modules = self.modules
        return FlowItem(height: max(side, caption.size.height), spaceBefore: RecordLayout.sectionSpace) { canvas, top in
            caption.draw(on: canvas, x: x, y: top + max(0, side - caption.size.height))
            // A quiet zone of four modules around the code, as scanners need.
            let count = Double(modules.count + 8)
            let module = side / count
            let left = x + width - side
            let context = canvas.context
            cairo_set_source_rgb(context, 0, 0, 0)
            for (row, line) in modules.enumerated() {
                for (column, dark) in line.enumerated() where dark {
                    cairo_rectangle(context, left + (Double(column) + 4) * module, top + (Double(row) + 4) * module, module, module)
                }
            }
            cairo_fill(context)
        }
    }
}
