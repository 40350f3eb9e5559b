import TUI

/// A read-only document (a review or a summary) that scrolls. Lines wider than the pane
/// wrap under their own indent, so nothing is cut off.
enum DocumentView {
    static func render(title: String, lines: [String], scroll: Int, in area: Rect, into buffer: inout CellBuffer) {
        let inner = Pane(title: title, focused: true).render(in: area, into: &buffer)
        guard !inner.isEmpty else { return }
        let lines = lines.flatMap { wrap($0, width: inner.width - 1) }
        let top = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + row, clip: inner)
        }
    }

    private static func wrap(_ line: String, width: Int) -> [String] {
        guard line.displayWidth > width, width > 8 else { return [line] }
        let indent = String(repeating: " ", count: min(line.prefix { $0 == " " }.count + 2, width / 2))
        let parts = line.wrapped(to: width)
        return [parts[0]] + parts.dropFirst().flatMap { (indent + $0).wrapped(to: width) }
    }
}
