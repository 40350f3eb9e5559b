/// One row of a keymap: the keys, how the key bar and help show them, and the action
/// they trigger.
public struct KeyBinding<Action> {
    public var keys: [Key]
    /// How the keys are shown, e.g. `j/k` or `Space`.
    public var label: String
    /// What the binding does, e.g. `move`.
    public var help: String
    public var action: Action
    /// False for bindings that only the help overlay lists.
    public var showInBar: Bool

    /// Creates a binding.
    public init(_ keys: [Key], label: String, help: String, action: Action, showInBar: Bool = true) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.showInBar = showInBar
    }

    /// The same binding triggering another action (a component's binding lifted into its parent's).
    public func map<Other>(_ transform: (Action) -> Other) -> KeyBinding<Other> {
        KeyBinding<Other>(keys, label: label, help: help, action: transform(action), showInBar: showInBar)
    }
}

extension KeyBinding: Sendable where Action: Sendable {}
extension KeyBinding: Equatable where Action: Equatable {}
