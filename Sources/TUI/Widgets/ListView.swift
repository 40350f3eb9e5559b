/// A virtualised list: draws only the rows that fit, asking the data source for
/// those rows alone, so a list of a million rows costs what a screenful costs.
public struct ListView: Sendable {
    /// Drawn before the selected row (other rows get as many spaces), e.g. `▶ `.
    public var marker: String
    /// Whether the selected row is drawn in the `.selectedRow` style (e.g. only while focused).
    public var highlightsSelection: Bool

    /// Creates a list view.
    public init(marker: String = "", highlightsSelection: Bool = true) {
        self.marker = marker
        self.highlightsSelection = highlightsSelection
    }

    /// Draws the rows of `source` visible in `rect`, scrolled as `state` says (and
    /// further if needed to show the selection).
    public func render<Source: ListDataSource>(in rect: Rect, into buffer: inout CellBuffer, source: Source, state: ListState) {
        buffer.fill(rect, style: .normal)
        guard !rect.isEmpty else { return }
        var view = state
        view.offset = min(view.offset, max(0, source.count - rect.height))
        let first = view.visibleOffset(height: rect.height)
        let last = min(source.count, first + rect.height)
        guard first < last else { return }
        let markerWidth = marker.displayWidth
        for index in first..<last {
            let y = rect.y + index - first
            let isSelected = index == state.selected
            let rowStyle = Style(isSelected && highlightsSelection ? .selectedRow : .normal)
            let rowRect = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            buffer.fill(rowRect, style: rowStyle)
            var x = rect.x
            if markerWidth > 0 {
                let prefix = isSelected ? marker : String(repeating: " ", count: markerWidth)
                x += buffer.write(prefix, x: x, y: y, style: rowStyle, clip: rowRect)
            }
            let row = source.row(at: index).listRow
            var textRect = Rect(x: x, y: y, width: rect.maxX - x, height: 1)
            if let trailing = row.trailing {
                let trailingWidth = min(trailing.text.displayWidth, textRect.width)
                let trailingX = rect.maxX - trailingWidth
                buffer.write(trailing.text.fitted(to: trailingWidth), x: trailingX, y: y,
                             style: segmentStyle(trailing, rowStyle: rowStyle, selected: isSelected), clip: rowRect)
                textRect.width = max(0, trailingX - 1 - x)
            }
            RowText.draw(row.segments.map { ($0.text, segmentStyle($0, rowStyle: rowStyle, selected: isSelected)) },
                         in: textRect, into: &buffer)
        }
    }

    private func segmentStyle(_ segment: ListRow.Segment, rowStyle: Style, selected: Bool) -> Style {
        guard var style = segment.style else { return rowStyle }
        if selected && highlightsSelection { style.role = .selectedRow }
        return style
    }
}
