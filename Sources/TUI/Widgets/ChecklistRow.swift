/// One checklist line: a mark such as `[✓]`, the item text, and a right-aligned
/// trailing note (a time, a skip reason) — `[✓] Staff ID shown        10:02`.
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

    /// Draws the row on the first line of `rect`; the text is cut to leave room for the trailing note.
    public func render(in rect: Rect, into buffer: inout CellBuffer) {
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(1, rect.height))
        let rowStyle = Style(selected ? .selectedRow : .normal)
        buffer.fill(line, style: rowStyle)
        guard !line.isEmpty else { return }
        var markStyle = style
        if selected { markStyle.role = .selectedRow }
        buffer.write(mark.fitted(to: markWidth, ellipsis: ""), x: line.x, y: line.y, style: markStyle, clip: line)
        let textX = line.x + markWidth + 1
        var textRect = Rect(x: textX, y: line.y, width: line.maxX - textX, height: 1)
        if !trailing.isEmpty, textRect.width > 0 {
            let trailingWidth = min(trailing.displayWidth, textRect.width)
            let trailingStyle = Style(selected ? .selectedRow : .muted)
            buffer.write(trailing.fitted(to: trailingWidth), x: line.maxX - trailingWidth, y: line.y, style: trailingStyle, clip: line)
            textRect.width = max(0, textRect.width - trailingWidth - 1)
        }
        RowText.draw([(text, rowStyle)], in: textRect, into: &buffer)
    }
}
