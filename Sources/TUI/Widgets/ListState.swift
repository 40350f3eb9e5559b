/// Which row of a list is selected and which row is shown first.
public struct ListState: Hashable, Sendable {
    /// Direction of a page move.
    public enum PageDirection: Sendable {
        case up
        case down
    }

    /// The selected row's index.
    public var selected: Int
    /// The index of the first visible row.
    public var offset: Int

    /// Creates a state.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` rows, stopping at the first and last row.
    public mutating func move(by delta: Int, count: Int) {
        selected = Self.clamped(selected + delta, count: count)
    }

    /// Selects the first row.
    public mutating func toTop() {
        selected = 0
        offset = 0
    }

    /// Selects the last row.
    public mutating func toBottom(count: Int) {
        selected = max(0, count - 1)
    }

    /// Moves the selection, and the view with it, by one screen of `height` rows.
    public mutating func page(_ direction: PageDirection, height: Int, count: Int) {
        let step = max(1, height - 1)
        let delta = direction == .down ? step : -step
        selected = Self.clamped(selected + delta, count: count)
        offset = max(0, min(offset + delta, count - height))
        scrollToSelection(height: height)
    }

    /// Scrolls as little as possible so that the selected row is among the `height` shown.
    public mutating func scrollToSelection(height: Int) {
        offset = visibleOffset(height: height)
    }

    /// The first row to show in `height` rows so that the selection is visible,
    /// starting from `offset` and scrolling as little as possible.
    public func visibleOffset(height: Int) -> Int {
        guard height > 0 else { return max(0, offset) }
        if selected < offset { return max(0, selected) }
        if selected >= offset + height { return selected - height + 1 }
        return max(0, offset)
    }

    private static func clamped(_ index: Int, count: Int) -> Int {
        max(0, min(index, count - 1))
    }
}
