/// Draws styled runs of text on one row; when they do not all fit, the text is cut
/// with an ellipsis (in the style of the run where the cut falls).
enum RowText {
    static func draw(_ runs: [(text: String, style: Style)], in rect: Rect, into buffer: inout CellBuffer) {
        guard !rect.isEmpty else { return }
        let fitsWhole = runs.reduce(0) { $0 + $1.text.displayWidth } <= rect.width
        var x = rect.x
        var budget = fitsWhole ? rect.width : rect.width - 1
        for run in runs {
            let shown = run.text.prefix(columns: budget)
            x += buffer.write(shown, x: x, y: rect.y, style: run.style, clip: rect)
            budget -= shown.displayWidth
            if shown.count < run.text.count {
                buffer.write("…", x: x, y: rect.y, style: run.style, clip: rect)
                return
            }
        }
    }
}
