/// How `Layout.split` cuts a rectangle.
public enum Direction: Sendable {
    /// Horizontal bands stacked top to bottom.
    case rows
    /// Vertical bands side by side, left to right.
    case columns
}
