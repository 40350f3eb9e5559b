/// A piece of the page flow: something of a known height, drawn at the top given to it.
/// Pages break only between items.
struct FlowItem {
    var height: Double
    /// Space above the item, dropped when it starts a page.
    var spaceBefore: Double = 0
    /// Never the last item on a page (a section title, a table's header row).
    var keepWithNext = false
    /// Drawn first when this item starts a page after its group began on an earlier one
    /// (a table's header row above its continued rows).
    var continuationHeader: (() -> FlowItem)?
    var draw: (PDFCanvas, Double) -> Void

    init(height: Double, spaceBefore: Double = 0, keepWithNext: Bool = false, draw: @escaping (PDFCanvas, Double) -> Void) {
        self.height = height
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.draw = draw
    }
}
