/// A small form of labelled one-line fields, one per row. Tab/Shift-Tab and ↓/↑ move
/// between fields, Esc cancels, Ctrl-S submits, Enter submits or moves on (see
/// `EnterBehaviour`); other keys edit the focused field (Space and ←/→ cycle a choice).
public struct Form: Hashable, Sendable {
    /// What Enter does.
    public enum EnterBehaviour: Hashable, Sendable {
        /// Enter submits from any field.
        case submitFromAnyField
        /// Enter moves to the next field, and submits from the last one.
        case submitFromLastField
    }

    public var fields: [FormField]
    /// The index of the focused field.
    public var focus: Int
    public var enterBehaviour: EnterBehaviour

    /// Creates a form focused on its first field.
    public init(fields: [FormField], focus: Int = 0, enterBehaviour: EnterBehaviour = .submitFromAnyField) {
        self.fields = fields
        self.focus = focus
        self.enterBehaviour = enterBehaviour
    }

    /// Applies a key; returns `.submit` or `.cancel` when the key ends the form.
    public mutating func handle(_ key: Key) -> FormEvent? {
        switch key {
        case .escape:
            return .cancel
        case .ctrl("s"):
            return .submit
        case .enter:
            if enterSubmits { return .submit }
            moveFocus(by: 1)
        case .tab, .down:
            moveFocus(by: 1)
        case .backTab, .up:
            moveFocus(by: -1)
        default:
            _ = editFocusedField(key)
        }
        return nil
    }

    /// Applies a key to the focused field's value; false when the field does not use it.
    public mutating func editFocusedField(_ key: Key) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        return fields[focus].handle(key)
    }

    /// Whether the focused field is a choice (Space and ←/→ change it) rather than text.
    public var isChoiceFocused: Bool {
        guard fields.indices.contains(focus), case .choice = fields[focus].kind else { return false }
        return true
    }

    /// Whether Enter submits from the focused field.
    public var enterSubmits: Bool { enterBehaviour == .submitFromAnyField || focus >= fields.count - 1 }

    /// The value of every field, in order.
    public var values: [String] { fields.map(\.value) }

    /// The fewest columns a value keeps when its error stands beside it; a longer error goes
    /// on its own line under the field.
    public static let minimumValueWidth = 12

    /// The rows each field takes in `width` columns: 1, and the lines of its error when it goes under it.
    public func rowCounts(width: Int) -> [Int] {
        let layout = FieldLayout(fields: fields, width: width)
        return fields.map { 1 + layout.errorLines($0).count }
    }

    /// The rows the whole form takes in `width` columns.
    public func height(width: Int) -> Int { rowCounts(width: width).reduce(0, +) }

    /// Draws one field per row: label, value, and the error (in `.error`) beside it, or
    /// wrapped on the rows under the value when it does not fit beside a value of
    /// `minimumValueWidth` columns. Every field's error shows at once; when the rows do not
    /// all fit, the window scrolls to keep the focused field and its error in view.
    /// Sets the buffer's cursor in the focused text field.
    public func render(in rect: Rect, into buffer: inout CellBuffer) {
        buffer.fill(rect, style: .normal)
        guard !rect.isEmpty else { return }
        let layout = FieldLayout(fields: fields, width: rect.width)
        let rows = rowCounts(width: rect.width)
        let focusEnd = rows.prefix(min(focus + 1, rows.count)).reduce(0, +)
        var y = rect.y - max(0, focusEnd - rect.height)
        for (index, field) in fields.enumerated() {
            defer { y += rows[index] }
            guard y >= rect.y, y < rect.maxY else { continue }
            render(field, isFocused: index == focus, layout: layout, y: y, in: rect, into: &buffer)
        }
    }

    private func render(_ field: FormField, isFocused: Bool, layout: FieldLayout, y: Int, in rect: Rect, into buffer: inout CellBuffer) {
        buffer.write(field.label.truncated(to: layout.labelWidth) + " ", x: rect.x, y: y,
                     style: Style(isFocused ? .paneTitleFocused : .normal), clip: rect)
        let valueX = rect.x + layout.labelWidth + 1
        var valueWidth = rect.maxX - valueX
        if let error = field.error, valueWidth > 0 {
            if layout.errorBelow(field) {
                for (offset, line) in layout.errorLines(field).enumerated() where y + 1 + offset < rect.maxY {
                    buffer.write(line, x: valueX, y: y + 1 + offset, style: Style(.error), clip: rect)
                }
            } else {
                let errorWidth = error.displayWidth
                buffer.write(error, x: rect.maxX - errorWidth, y: y, style: Style(.error), clip: rect)
                valueWidth -= errorWidth + 1
            }
        }
        guard valueWidth > 0 else { return }
        let valueRect = Rect(x: valueX, y: y, width: valueWidth, height: 1)
        switch field.kind {
        case .text(let editor):
            let shown = editor.visible(width: valueWidth)
            buffer.write(shown.text, x: valueX, y: y, style: Style(.normal, underline: true), clip: valueRect)
            if isFocused { buffer.setCursor(x: valueX + shown.cursorColumn, y: y) }
        case .choice(let options, let selected):
            var x = valueX
            for (optionIndex, option) in options.enumerated().dropFirst(Self.firstShown(options, selected: selected, width: valueWidth)) {
                let chosen = optionIndex == selected
                let style = chosen ? Style(isFocused ? .selectedRow : .normal, bold: true) : Style(.muted)
                x += buffer.write(" \(option) ", x: x, y: y, style: style, clip: valueRect)
            }
        }
    }

    /// Moves the focus `delta` fields on, wrapping around.
    public mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    /// The first option a choice field shows in `width` columns: the options scroll so that
    /// the selected one is always in view, however many come before it.
    static func firstShown(_ options: [String], selected: Int, width: Int) -> Int {
        guard options.indices.contains(selected) else { return 0 }
        var first = 0
        var used = options[...selected].reduce(0) { $0 + $1.displayWidth + 2 }
        while used > width, first < selected {
            used -= options[first].displayWidth + 2
            first += 1
        }
        return first
    }
}
