import TUI
import VisitDesk

/// The print dialog over the summary: which CUPS queue (the default first) and how many
/// copies; Enter hands the record shown to CUPS in the background.
struct PrintDialog: Dialog {
    enum Action: Hashable {
        case nextPrinter, previousPrinter
        case typeDigit(Character)
        case deleteDigit
        case submit, cancel
    }

    static let title = LocalizedText(zh: "打印", en: "print")

    /// The summary whose record is printed, as it is on screen.
    var summary: SummaryDocument
    var printers: PrinterList
    /// The chosen row of `printers.names`.
    var selected = 0
    /// The copies field as typed: digits only.
    var copies = "1"
    /// False until the user types in the field.
    var copiesTyped = false
    /// Why the last Enter did not submit (copies out of range), in the UI language.
    var problem: String?

    init(summary: SummaryDocument, printers: PrinterList) {
        self.summary = summary
        self.printers = printers
    }

    /// The queue that Enter sends to.
    var printer: String { printers.names[selected] }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        let digits = (0...9).map { Character("\($0)") }.map { digit in
            KeyBinding([.character(digit)], label: "0-9", help: LocalizedText(zh: "份数", en: "copies")[language], action: Action.typeDigit(digit), showInBar: digit == "0")
        }
        return [
            KeyBinding([.character("j"), .down], label: "j/↓", help: LocalizedText(zh: "下一台打印机", en: "next printer")[language], action: .nextPrinter),
            KeyBinding([.character("k"), .up], label: "k/↑", help: LocalizedText(zh: "上一台打印机", en: "previous printer")[language], action: .previousPrinter),
        ] + digits + [
            KeyBinding([.backspace], label: "Backspace", help: LocalizedText(zh: "删除数字", en: "delete digit")[language], action: .deleteDigit),
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "打印", en: "print")[language], action: .submit),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "取消", en: "cancel")[language], action: .cancel),
        ]
    }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        problem = nil
        switch action {
        case .nextPrinter:
            selected = min(selected + 1, printers.names.count - 1)
        case .previousPrinter:
            selected = max(selected - 1, 0)
        case .typeDigit(let digit):
            // The first digit typed replaces the suggested single copy.
            if !copiesTyped { copies = "" }
            copiesTyped = true
            if copies.count < 3 { copies.append(digit) }
        case .deleteDigit:
            copiesTyped = true
            if !copies.isEmpty { copies.removeLast() }
        case .submit:
            guard let count = Int(copies), PrintService.copies.contains(count) else {
                problem = PrintError.copiesOutOfRange(given: copies).message(context.language)
                return []
            }
            return [.dismiss, .say(.info("\(context.text(PrintText.sending)) \(printer)…")),
                    .submitPrint(PrintableRecord(shown: summary), printer: printer, copies: count)]
        case .cancel:
            return [.dismiss]
        }
        return []
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        PrintDialogView(dialog: self, context: context).render(into: &buffer)
    }
}
