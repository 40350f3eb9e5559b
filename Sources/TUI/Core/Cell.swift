/// One terminal cell: a grapheme and its style. A wide grapheme (width 2) owns the
/// cell to its right, which is marked as its continuation.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; a space for blank and continuation cells.
    public var grapheme: Character
    /// Columns the grapheme takes: 1 or 2, and 0 for a continuation cell.
    public var width: Int
    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool
    public var style: Style

    /// Creates a cell holding `grapheme`; `width` is the grapheme's display width.
    public init(_ grapheme: Character, width: Int = 1, style: Style = .normal) {
        self.grapheme = grapheme
        self.width = width
        self.isContinuation = false
        self.style = style
    }

    /// A space in `style`.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(" ", style: style)
    }

    /// The right half of a wide grapheme drawn in `style`.
    public static func continuation(_ style: Style) -> Cell {
        var cell = Cell(" ", width: 0, style: style)
        cell.isContinuation = true
        return cell
    }
}
