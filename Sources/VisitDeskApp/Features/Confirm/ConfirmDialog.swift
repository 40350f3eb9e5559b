import TUI
import VisitDesk

/// A one-key confirmation before a change that is easy to regret: the question, and the
/// effects it carries out once confirmed (y or Enter); n or Esc cancels and changes nothing.
struct ConfirmDialog: Dialog {
    enum Action: Hashable {
        case confirm, cancel
    }

    static let title = LocalizedText(zh: "确认", en: "confirm")

    var question: LocalizedText
    /// What the desk and the runner carry out once confirmed.
    var effects: [Effect]

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        [
            KeyBinding([.character("y"), .enter], label: "y/Enter", help: LocalizedText(zh: "确认", en: "confirm")[language], action: .confirm),
            KeyBinding([.character("n"), .escape], label: "n/Esc", help: LocalizedText(zh: "取消，不做更改", en: "cancel, change nothing")[language],
                       action: .cancel),
        ]
    }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .confirm: [.dismiss] + effects
        case .cancel: [.dismiss, .say(.info(context.text(UIText.cancelledNothingChanged)))]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let area = context.area
        let width = min(area.width - 4, 60)
        let lines = context.text(question).wrapped(to: max(1, width - 4))
        let keys = context.text(UIText.confirmKeys)
        let inner = Modal(title: context.text(UIText.confirmTitle), width: width, height: lines.count + 4).render(over: area, into: &buffer)
        for (row, line) in lines.enumerated() where inner.y + row < inner.maxY {
            buffer.write(line, x: inner.x + 1, y: inner.y + row, style: Style(.normal, bold: true), clip: inner)
        }
        buffer.write(keys, x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }

    static func == (lhs: ConfirmDialog, rhs: ConfirmDialog) -> Bool {
        lhs.question == rhs.question && lhs.effects == rhs.effects
    }

    func hash(into hasher: inout Hasher) {
        // Effects are only Equatable; equal dialogs still hash alike by their question.
        hasher.combine(question)
    }
}
