import TUI
import VisitDesk

/// A dialog that is a form (start a visit, an outcome, the visitors, the debtor's account):
/// its keys, what works in the focused field and its typing come from `FormKeys`.
protocol FormDialog: Dialog where Action == FormAction {
    var form: Form { get }
}

extension FormDialog {
    static func keymap(_ language: Language) -> [KeyBinding<FormAction>] { FormKeys.keymap(language) }
    func isAvailable(_ action: FormAction, _ context: DeskContext) -> Bool { FormKeys.isAvailable(action, in: form) }
    func typing(_ key: Key) -> FormAction? { FormKeys.typing(key) }
}
