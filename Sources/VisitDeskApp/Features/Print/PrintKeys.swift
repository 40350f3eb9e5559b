import TUI
import VisitDesk

/// The print dialog's keys, with their help, as rows of the desk's keymap: the key bar shows
/// them while the dialog is open and `?` lists them under "print".
enum PrintKeys {
    /// The key context of the open print dialog.
    static let context = "print"
    static let contextName = LocalizedText(zh: "打印", en: "print")

    static func bindings(_ language: Language) -> [KeyBinding<DeskAction>] {
        func bind(_ keys: [Key], _ label: String, _ zh: String, _ en: String, _ action: PrintDialogAction) -> KeyBinding<DeskAction> {
            KeyBinding(keys, label: label, help: language == .zh ? zh : en, context: context,
                       action: .printDialog(action), showInBar: true)
        }
        return [
            bind([.character("j"), .down], "j/↓", "下一台打印机", "next printer", .nextPrinter),
            bind([.character("k"), .up], "k/↑", "上一台打印机", "previous printer", .previousPrinter),
            bind((0...9).map { .character(Character("\($0)")) }, "0-9", "份数", "copies", .typeDigit),
            bind([.backspace], "Backspace", "删除数字", "delete digit", .deleteDigit),
            bind([.enter], "Enter", "打印", "print", .submit),
            bind([.escape], "Esc", "取消", "cancel", .cancel),
        ]
    }
}
