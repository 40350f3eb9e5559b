/// The one-line key hint bar: `[浏览] Tab pane  j/k move  Space tick` — the mode the user
/// is in, then hints built from keymap bindings; items that do not fit are left out from the end.
public struct KeyBar: Sendable {
    /// One hint: the keys as shown and what they do.
    public struct Item: Hashable, Sendable {
        public var keys: String
        public var help: String

        /// Creates a hint.
        public init(keys: String, help: String) {
            self.keys = keys
            self.help = help
        }
    }

    /// A short name of the mode the user is in, shown first, e.g. `浏览`.
    public var mode: String?
    public var items: [Item]

    /// Creates a bar from hints.
    public init(mode: String? = nil, items: [Item]) {
        self.mode = mode
        self.items = items
    }

    /// Creates a bar from the bindings marked `showInBar`, in order.
    public init<Action>(mode: String? = nil, bindings: [KeyBinding<Action>]) {
        self.init(mode: mode, items: bindings.filter(\.showInBar).map { Item(keys: $0.label, help: $0.help) })
    }

    /// Draws the bar on the first line of `rect`.
    public func render(in rect: Rect, into buffer: inout CellBuffer) {
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(1, rect.height))
        buffer.fill(line, style: Style(.keyBarLabel))
        guard !line.isEmpty else { return }
        var x = line.x + 1
        if let mode {
            x = line.x + buffer.write("[\(mode)]", x: line.x, y: line.y, style: Style(.paneTitleFocused, bold: true), clip: line) + 1
        }
        for item in items {
            let width = item.keys.displayWidth + 1 + item.help.displayWidth
            guard x + width <= line.maxX else { break }
            x += buffer.write(item.keys, x: x, y: line.y, style: Style(.keyBarKey), clip: line) + 1
            x += buffer.write(item.help, x: x, y: line.y, style: Style(.keyBarLabel), clip: line) + 2
        }
    }
}
