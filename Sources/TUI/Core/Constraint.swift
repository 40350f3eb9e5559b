/// The size one band of a `Layout.split` asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less when the space runs out).
    case fixed(Int)
    /// This share of the whole length, in percent.
    case percent(Int)
    /// An equal share of whatever the other bands leave.
    case fill
}
