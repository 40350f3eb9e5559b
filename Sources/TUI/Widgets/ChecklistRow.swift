/// One checklist item: a mark, its text and a trailing note (a time), over one line or
/// more — the text wraps under itself when the row is given several lines.
public struct ChecklistRow: Sendable {
    /// The mark, chosen by the caller: `[✓]`, `[ ]`, `[–]`, `[n/a]`.
    public var mark: String
    public var text: String
    public var trailing: String
    /// The style of the mark, e.g. `.itemDone`.
    public var style: Style
    public var selected: Bool
    /// Columns kept for the mark so that item texts line up (`[n/a]` is 5).
    public var markWidth: Int

    /// Creates a checklist row.
    public init(mark: String, text: String, trailing: String = "", style: Style, selected: Bool = false, markWidth: Int = 5) {
        self.mark = mark
        self.text = text
        self.trailing = trailing
        self.style = style
        self.selected = selected
        self.markWidth = markWidth
    }

    /// The text's lines in a row `width` columns wide, at most `maxLines` of them; when the
    /// text needs more, the last one shown ends with an ellipsis.
    public func textLines(width: Int, maxLines: Int) -> [String] {
        let textWidth = textWidth(in: width)
        guard textWidth > 0, maxLines > 0 else { return [] }
        let lines = text.wrapped(to: textWidth)
        guard lines.count > maxLines else { return lines }
        // The last line shown takes all the text left, cut between characters, not at a word.
        var rest = Substring(text)
        for line in lines.prefix(maxLines - 1) {
            rest = rest.dropFirst(line.count).drop { $0 == " " }
        }
        return lines.prefix(maxLines - 1) + [String(rest).fitted(to: textWidth)]
    }

    /// Draws the row over the lines of `rect`: mark and trailing note on the first, the text
    /// wrapped over all of them, cut with an ellipsis on the last when it needs more.
    public func render(in rect: Rect, into buffer: inout CellBuffer) {
        let rowStyle = Style(selected ? .selectedRow : .normal)
        buffer.fill(rect, style: rowStyle)
        guard !rect.isEmpty else { return }
        var markStyle = style
        if selected { markStyle.role = .selectedRow }
        buffer.write(mark.fitted(to: markWidth, ellipsis: ""), x: rect.x, y: rect.y, style: markStyle, clip: rect)
        let textX = rect.x + markWidth + 1
        if !trailing.isEmpty, rect.maxX > textX {
            let trailingWidth = min(trailing.displayWidth, rect.maxX - textX)
            let trailingStyle = Style(selected ? .selectedRow : .muted)
            buffer.write(trailing.fitted(to: trailingWidth), x: rect.maxX - trailingWidth, y: rect.y, style: trailingStyle, clip: rect)
        }
        for (row, line) in textLines(width: rect.width, maxLines: rect.height).enumerated() {
            buffer.write(line, x: textX, y: rect.y + row, style: rowStyle, clip: rect)
        }
    }

    /// Columns left for the text in a row `width` wide, after the mark and the trailing note.
    private func textWidth(in width: Int) -> Int {
        let afterMark = width - markWidth - 1
        guard !trailing.isEmpty, afterMark > 0 else { return max(0, afterMark) }
        return max(0, afterMark - min(trailing.displayWidth, afterMark) - 1)
    }
}
