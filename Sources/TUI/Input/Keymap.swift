/// The one table that turns keys into actions and also feeds the key bar and help,
/// so that what is shown never drifts from what is done.
public struct Keymap<Action> {
    public var bindings: [KeyBinding<Action>]

    /// Creates a keymap from bindings in table order.
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action for `key`: the first binding in table order within the first of
    /// `contexts` that binds the key at all. Nil when no context binds it.
    public func action(for key: Key, in contexts: [String]) -> Action? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    /// The bindings that apply in `contexts`, grouped by context in the order given,
    /// table order within a context.
    public func bindings(in contexts: [String]) -> [KeyBinding<Action>] {
        contexts.flatMap { context in bindings.filter { $0.context == context } }
    }

    /// Keys bound more than once within one context (the later bindings never fire).
    public func duplicateKeys() -> [(context: String, key: Key)] {
        var seen = Set<KeyPlacement>()
        var duplicates: [(context: String, key: Key)] = []
        for binding in bindings {
            for key in binding.keys where !seen.insert(KeyPlacement(context: binding.context, key: key)).inserted {
                duplicates.append((binding.context, key))
            }
        }
        return duplicates
    }
}

extension Keymap: Sendable where Action: Sendable {}

private struct KeyPlacement: Hashable {
    let context: String
    let key: Key
}
