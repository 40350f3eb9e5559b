/// A bordered box with a title in its top edge: `┌ Title ────┐`.
public struct Pane: Sendable {
    public var title: String
    public var focused: Bool
    /// Draw the top corners as `├` `┤`, for a pane whose top edge lies on the bottom
    /// edge of the pane above it.
    public var joinsPaneAbove: Bool

    /// Creates a pane; a focused pane draws its border and title in the focused roles.
    public init(title: String, focused: Bool = false, joinsPaneAbove: Bool = false) {
        self.title = title
        self.focused = focused
        self.joinsPaneAbove = joinsPaneAbove
    }

    /// Clears `rect`, draws the border and the title (cut with an ellipsis so that it
    /// never runs into the corner), and returns the area inside the border.
    @discardableResult
    public func render(in rect: Rect, into buffer: inout CellBuffer) -> Rect {
        let border = Style(focused ? .paneBorderFocused : .paneBorder)
        buffer.fill(rect, style: .normal)
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        let (topLeft, topRight) = joinsPaneAbove ? ("├", "┤") : ("┌", "┐")
        buffer.write(topLeft + horizontal + topRight, x: rect.x, y: rect.y, style: border, clip: rect)
        buffer.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border, clip: rect)
        for row in rect.y + 1..<rect.maxY - 1 {
            buffer.write("│", x: rect.x, y: row, style: border, clip: rect)
            buffer.write("│", x: rect.maxX - 1, y: row, style: border, clip: rect)
        }
        // Corner, space, title, space, at least one rule, corner.
        let shownTitle = title.fitted(to: rect.width - 5)
        if !shownTitle.isEmpty {
            let titleStyle = Style(focused ? .paneTitleFocused : .paneTitle)
            let titleClip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
            buffer.write(" " + shownTitle + " ", x: rect.x + 1, y: rect.y, style: titleStyle, clip: titleClip)
        }
        return rect.inset(by: 1)
    }
}
