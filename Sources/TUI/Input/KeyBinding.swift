/// One row of a keymap: the keys, how the key bar and help show them, where they
/// apply, and the action they trigger.
public struct KeyBinding<Action> {
    public var keys: [Key]
    /// How the keys are shown, e.g. `j/k` or `Space`.
    public var label: String
    /// What the binding does, e.g. `move`.
    public var help: String
    /// Where the binding applies, e.g. `global`, `cases`, `checklist`.
    public var context: String
    public var action: Action
    /// False for bindings that only the help overlay lists.
    public var showInBar: Bool

    /// Creates a binding.
    public init(_ keys: [Key], label: String, help: String, context: String = "global", action: Action, showInBar: Bool = true) {
        self.keys = keys
        self.label = label
        self.help = help
        self.context = context
        self.action = action
        self.showInBar = showInBar
    }
}

extension KeyBinding: Sendable where Action: Sendable {}
extension KeyBinding: Equatable where Action: Equatable {}
