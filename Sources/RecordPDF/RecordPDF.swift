import CPangoCairo
import Foundation
import VisitDesk

/// Lays a record document out as a PDF, in-process with Cairo's PDF surface and Pango
/// (fonts found by fontconfig: Noto Sans CJK, else any sans face): a header with the case,
/// the visit and "page N of M" on every page, Chinese broken into lines by Pango, the plan
/// schedule as a ruled table, signature lines at the end and a QR code of the match code.
public enum RecordPDF {
    static let margin = 50.0
    static let headerTop = 28.0
    static let bodyTop = 62.0

    /// The PDF's bytes.
    public static func render(_ document: RecordDocument, paper: Paper = .a4) throws(RecordPDFError) -> Data {
        let words = PageWords(language: document.language)
        let canvas = try PDFCanvas(paper: paper, language: words.pangoLanguage)
        try canvas.requireChineseFont(.body)
        let size = paper.size
        let layout = RecordLayout(canvas: canvas, words: words, x: margin, width: size.width - 2 * margin)
        // Laid out once and broken into pages first, so every header can say how many there are.
        let pages = Pagination(try layout.items(for: document), top: bodyTop, bottom: size.height - margin).pages
        for (index, page) in pages.enumerated() {
            if index > 0 { try canvas.showPage() }
            drawHeader(document.pageHeader, page: words.page(index + 1, of: pages.count), width: size.width, on: canvas)
            for placed in page { placed.item.draw(canvas, placed.top) }
            try canvas.check("page \(index + 1)")
        }
        return try canvas.finish()
    }

    private static func drawHeader(_ text: String, page: String, width: Double, on canvas: PDFCanvas) {
        let number = TextBox(page, style: .header, width: nil, on: canvas)
        let numberWidth = number.size.width
        let header = TextBox(text, style: .header, width: width - 2 * margin - numberWidth - 16, on: canvas)
        header.draw(on: canvas, x: margin, y: headerTop)
        number.draw(on: canvas, x: width - margin - numberWidth, y: headerTop)
        let ruleY = max(header.size.height, number.size.height) + headerTop + 4
        cairo_set_source_rgb(canvas.context, 0.55, 0.55, 0.55)
        cairo_set_line_width(canvas.context, 0.5)
        cairo_move_to(canvas.context, margin, ruleY)
        cairo_line_to(canvas.context, width - margin, ruleY)
        cairo_stroke(canvas.context)
    }
}
