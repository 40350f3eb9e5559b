/// A terminal size in cells.
struct Size: Hashable, Sendable {
    var width: Int
    var height: Int
}
