/// The one table that turns keys into actions and also feeds the key bar and help,
/// so that what is shown never drifts from what is done.
public struct Keymap<Action> {
    public var bindings: [KeyBinding<Action>]

    /// Creates a keymap from bindings in table order.
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action of the first binding, in table order, that binds `key`.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Keys bound more than once (the later bindings never fire).
    public func duplicateKeys() -> [Key] {
        var seen = Set<Key>()
        return bindings.flatMap(\.keys).filter { !seen.insert($0).inserted }
    }
}

extension Keymap: Sendable where Action: Sendable {}
