/// One labelled line of a form: free text or a choice among options.
public struct FormField: Hashable, Sendable {
    /// What the field holds.
    public enum Kind: Hashable, Sendable {
        case text(LineEditor)
        case choice(options: [String], selected: Int)
    }

    public var label: String
    public var kind: Kind
    /// A problem with the value, shown beside the field (or under it when it does not fit); nil when none.
    public var error: String?
    /// Whether the text is a suggestion ("+7d", the amount owed) that the first character
    /// typed replaces; a cursor key or Backspace keeps it for editing.
    public var isPrefilled: Bool

    /// Creates a field.
    public init(label: String, kind: Kind, error: String? = nil, isPrefilled: Bool = false) {
        self.label = label
        self.kind = kind
        self.error = error
        self.isPrefilled = isPrefilled
    }

    /// A text field holding `text`.
    public static func text(_ label: String, _ text: String = "") -> FormField {
        FormField(label: label, kind: .text(LineEditor(text)))
    }

    /// A choice field with `options`, the one at `selected` chosen.
    public static func choice(_ label: String, options: [String], selected: Int = 0) -> FormField {
        FormField(label: label, kind: .choice(options: options, selected: selected))
    }

    /// The text typed, or the chosen option.
    public var value: String {
        switch kind {
        case .text(let editor): editor.text
        case .choice(let options, let selected): options.indices.contains(selected) ? options[selected] : ""
        }
    }

    /// Applies a key meant for the field's value; false when the field does not use it.
    mutating func handle(_ key: Key) -> Bool {
        switch kind {
        case .text(var editor):
            if isPrefilled, case .character = key { editor = LineEditor() }
            let used = editor.handle(key)
            if used { isPrefilled = false }
            kind = .text(editor)
            return used
        case .choice(let options, let selected):
            guard !options.isEmpty else { return false }
            let step: Int
            switch key {
            case .character(" "), .right: step = 1
            case .left: step = -1
            default: return false
            }
            kind = .choice(options: options, selected: (selected + step + options.count) % options.count)
            return true
        }
    }
}
