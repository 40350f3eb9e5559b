import CPangoCairo

/// A run of text laid out by Pango: wrapped to a width (between words, or between any two
/// characters where there is no word break, as Chinese needs), in one style. The text is set
/// as plain text, never as markup.
final class TextBox {
    private let layout: OpaquePointer
    private let gray: Double

    /// `width` nil leaves the text on one line at its natural width.
    init(_ text: String, style: TextStyle, width: Double?, on canvas: PDFCanvas, alignRight: Bool = false) {
        layout = pango_layout_new(canvas.pango)
        gray = style.gray
        let font = pango_font_description_from_string(style.font)
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        if let width {
            pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        if alignRight { pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT) }
        pango_layout_set_text(layout, text, -1)
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(attributes, Self.sameDigitGlyphs())
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
    }

    /// zh-Hans `locl` gives digits in Chinese runs glyphs of their own, two glyphs for one
    /// character; printed through CUPS (PDF to PostScript and back, as CUPS-PDF does) such a
    /// glyph loses its character and `pdftotext` no longer finds the amounts.
    private static func sameDigitGlyphs() -> UnsafeMutablePointer<PangoAttribute> {
        pango_attr_font_features_new("locl=0")!
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Makes the bytes `start..<end` of the UTF-8 text bold and shaded.
    func emphasize(bytes range: Range<Int>) {
        let attributes = pango_attr_list_copy(pango_layout_get_attributes(layout))
        let weight = pango_attr_weight_new(PANGO_WEIGHT_BOLD)!
        let shade = pango_attr_background_new(0xE4E4, 0xE4E4, 0xE4E4)!
        for attribute in [weight, shade] {
            attribute.pointee.start_index = UInt32(range.lowerBound)
            attribute.pointee.end_index = UInt32(range.upperBound)
            pango_attr_list_insert(attributes, attribute)
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
    }

    /// The laid-out size in points.
    var size: (width: Double, height: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return (Self.points(logical.x + logical.width), Self.points(logical.height))
    }

    /// Draws the whole box with its top left at x, y.
    func draw(on canvas: PDFCanvas, x: Double, y: Double) {
        cairo_set_source_rgb(canvas.context, gray, gray, gray)
        cairo_move_to(canvas.context, x, y)
        pango_cairo_show_layout(canvas.context, layout)
    }

    /// The box's lines, each one a piece of the flow, so that long text can continue on the
    /// next page.
    func lines(x: Double) -> [FlowItem] {
        var items: [FlowItem] = []
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let line = pango_layout_iter_get_line_readonly(iterator)
            let baseline = Self.points(pango_layout_iter_get_baseline(iterator) - logical.y)
            let offset = Self.points(logical.x)
            items.append(FlowItem(height: Self.points(logical.height)) { canvas, top in
                cairo_set_source_rgb(canvas.context, self.gray, self.gray, self.gray)
                cairo_move_to(canvas.context, x + offset, top + baseline)
                pango_cairo_show_layout_line(canvas.context, line)
            })
        } while pango_layout_iter_next_line(iterator) != 0
        return items
    }

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}
