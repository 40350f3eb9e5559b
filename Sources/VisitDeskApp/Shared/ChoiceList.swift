import TUI
import VisitDesk

/// A short list of options with a letter each — the end reasons, the outcomes, the quit
/// choices: j/k or ↑/↓ move, Enter or an option's letter picks, Esc closes.
struct ChoiceList: Hashable, Sendable {
    enum Action: Hashable, Sendable {
        case next, previous, chooseSelected, cancel
        case pick(Int)
    }

    /// What a key did to the list.
    enum Outcome: Equatable {
        case stays
        case chosen(Int)
        case cancelled
    }

    var count: Int
    var selected = 0

    init(count: Int) { self.count = count }

    /// The list keys, then one binding per option letter (listed in the help, not in the bar).
    static func keymap(letters: [Character], labels: [String], language: Language) -> [KeyBinding<Action>] {
        let moves: [KeyBinding<Action>] = [
            KeyBinding([.character("j"), .down, .tab], label: "j/k", help: LocalizedText(zh: "移动", en: "move")[language], action: .next),
            KeyBinding([.character("k"), .up, .backTab], label: "k/↑", help: LocalizedText(zh: "上移", en: "move up")[language], action: .previous, showInBar: false),
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "选择", en: "choose")[language], action: .chooseSelected),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "取消", en: "cancel")[language], action: .cancel),
        ]
        let letters = zip(letters, labels).enumerated().map { index, option in
            KeyBinding([.character(option.0)], label: String(option.0), help: option.1, action: Action.pick(index), showInBar: false)
        }
        return moves + letters
    }

    mutating func apply(_ action: Action) -> Outcome {
        switch action {
        case .next: selected = min(selected + 1, count - 1)
        case .previous: selected = max(selected - 1, 0)
        case .chooseSelected: return .chosen(selected)
        case .pick(let index): return .chosen(index)
        case .cancel: return .cancelled
        }
        return .stays
    }

    /// Draws the options (`label (letter)`) in a box over `area`, with an optional hint under them.
    func render(options: [String], title: String, hint: String?, over area: Rect, into buffer: inout CellBuffer) {
        let hintRows = hint == nil ? 0 : 1
        let width = min(area.width - 2, max(options.map(\.displayWidth).max() ?? 0, hint?.displayWidth ?? 0, title.displayWidth + 4) + 6)
        let inner = Modal(title: title, width: width, height: min(area.height, options.count + 2 + hintRows))
            .render(over: area, into: &buffer)
        var list = ListState()
        list.selected = selected
        let listArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - hintRows))
        list.scrollToSelection(height: listArea.height)
        ListView().render(in: listArea, into: &buffer, source: StringRows(rows: options), state: list)
        if let hint { buffer.write(hint, x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner) }
    }
}
