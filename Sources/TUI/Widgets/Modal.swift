/// A bordered box centred over the screen (help, dialogs, forms); it clears what
/// lies beneath it.
public struct Modal: Sendable {
    public var title: String
    /// Wanted outer size, in cells; shrunk to the area when larger.
    public var width: Int
    public var height: Int

    /// Creates a modal of the given outer size.
    public init(title: String, width: Int, height: Int) {
        self.title = title
        self.width = width
        self.height = height
    }

    /// The outer rectangle the modal takes when centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let shownWidth = min(width, area.width)
        let shownHeight = min(height, area.height)
        return Rect(x: area.x + (area.width - shownWidth) / 2, y: area.y + (area.height - shownHeight) / 2,
                    width: shownWidth, height: shownHeight)
    }

    /// Draws the modal centred in `area` and returns the area inside its border.
    @discardableResult
    public func render(over area: Rect, into buffer: inout CellBuffer) -> Rect {
        Pane(title: title, focused: true).render(in: frame(in: area), into: &buffer)
    }
}
