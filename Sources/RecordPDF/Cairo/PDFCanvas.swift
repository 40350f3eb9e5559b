import CPangoCairo
import Foundation

/// A Cairo PDF surface that writes into memory, its drawing context, and the Pango context
/// its text is laid out with (fonts found by fontconfig).
final class PDFCanvas {
    let context: OpaquePointer
    let pango: OpaquePointer
    private let surface: OpaquePointer
    private let sink: Sink

    /// Collects what Cairo's PDF stream writes.
    private final class Sink {
        var data = Data()
    }

    init(paper: Paper, language: String) throws(RecordPDFError) {
        let sink = Sink()
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let size = paper.size
        let surface = cairo_pdf_surface_create_for_stream(
            write, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)!
        if let failure = Self.failure(cairo_surface_status(surface), stage: "surface") {
            cairo_surface_destroy(surface)
            throw failure
        }
        let context = cairo_create(surface)!
        if let failure = Self.failure(cairo_status(context), stage: "context") {
            cairo_destroy(context)
            cairo_surface_destroy(surface)
            throw failure
        }
        self.sink = sink
        self.surface = surface
        self.context = context
        self.pango = pango_cairo_create_context(context)
        // Pango's default of 96 dpi would set a 10 pt font at 13.3 PDF points.
        pango_cairo_context_set_resolution(pango, 72)
        pango_context_set_language(pango, pango_language_from_string(language))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Throws unless the font fontconfig gives for `style` has Chinese characters.
    func requireChineseFont(_ style: TextStyle) throws(RecordPDFError) {
        let description = pango_font_description_from_string(style.font)
        defer { pango_font_description_free(description) }
        guard let font = pango_context_load_font(pango, description) else { throw .noChineseFont(found: "no font") }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        if pango_font_has_char(font, 0x4E2D) == 0 {  // 中
            let found = pango_font_describe(font)
            defer { pango_font_description_free(found) }
            throw .noChineseFont(found: String(cString: pango_font_description_get_family(found)))
        }
    }

    /// Ends the current page and starts a new one.
    func showPage() throws(RecordPDFError) {
        cairo_show_page(context)
        try check("page")
    }

    /// Ends the document and returns the PDF's bytes.
    func finish() throws(RecordPDFError) -> Data {
        try check("drawing")
        cairo_surface_finish(surface)
        if let failure = Self.failure(cairo_surface_status(surface), stage: "writing") { throw failure }
        return sink.data
    }

    /// Throws if the drawing context has failed (Cairo then ignores every later call).
    func check(_ stage: String) throws(RecordPDFError) {
        if let failure = Self.failure(cairo_status(context), stage: stage) { throw failure }
    }

    private static func failure(_ status: cairo_status_t, stage: String) -> RecordPDFError? {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return .cairo(stage: stage, message: String(cString: cairo_status_to_string(status)))
    }
}
