import TUI
import VisitDesk

/// What a key does in a form dialog (start a visit, record an outcome).
enum FormAction: Hashable, Sendable {
    case nextField, previousField
    /// Enter: submits from the last field (or any, by the form's rule), else moves on.
    case enter
    case save, cancel
    case nextOption, previousOption
    /// A key typed into the focused field.
    case edit(Key)
}

/// The keys of a form dialog, and how it is drawn: the fields, then a hint line.
enum FormKeys {
    static func keymap(_ language: Language) -> [KeyBinding<FormAction>] {
        return [
            KeyBinding([.tab, .down], label: "Tab", help: LocalizedText(zh: "下一项", en: "next field")[language], action: .nextField),
            KeyBinding([.backTab, .up], label: "Shift-Tab", help: LocalizedText(zh: "上一项", en: "previous field")[language], action: .previousField, showInBar: false),
            KeyBinding([.character(" "), .right], label: "Space", help: LocalizedText(zh: "选择", en: "choose")[language], action: .nextOption),
            KeyBinding([.left], label: "←", help: LocalizedText(zh: "上一个选项", en: "previous option")[language], action: .previousOption, showInBar: false),
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "确定", en: "confirm")[language], action: .enter),
            KeyBinding([.ctrl("s")], label: "Ctrl-S", help: LocalizedText(zh: "保存", en: "save")[language], action: .save),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "取消", en: "cancel")[language], action: .cancel),
        ]
    }

    /// Space and the arrows choose only in a choice field; in a text field they are typed.
    static func isAvailable(_ action: FormAction, in form: Form) -> Bool {
        switch action {
        case .nextOption, .previousOption: form.isChoiceFocused
        default: true
        }
    }

    /// Every other key edits the focused field.
    static func typing(_ key: Key) -> FormAction? { .edit(key) }

    /// Applies an action; `.submit` or `.cancel` when it ends the form.
    static func apply(_ action: FormAction, to form: inout Form) -> FormEvent? {
        switch action {
        case .nextField: form.moveFocus(by: 1)
        case .previousField: form.moveFocus(by: -1)
        case .enter:
            if form.enterSubmits { return .submit }
            form.moveFocus(by: 1)
        case .save: return .submit
        case .cancel: return .cancel
        case .nextOption: _ = form.editFocusedField(.right)
        case .previousOption: _ = form.editFocusedField(.left)
        case .edit(let key): _ = form.editFocusedField(key)
        }
        return nil
    }

    /// The form in a box over `area`, with `hint` on its last line.
    static func render(_ form: Form, title: String, hint: String, over area: Rect, into buffer: inout CellBuffer) {
        let width = min(area.width - 2, 76)
        let height = min(area.height, form.fields.count + 4)
        let inner = Modal(title: title, width: width, height: height).render(over: area, into: &buffer)
        let formArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 1))
        form.render(in: formArea, into: &buffer)
        buffer.write(hint, x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }
}
