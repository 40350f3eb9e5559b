import TUI
import VisitDesk

/// Every key of the desk, grouped by the component it belongs to; scrolls like a document.
struct HelpDialog: Dialog {
    enum Action: Hashable {
        case close
        case move(ListMotion)
    }

    static let title = LocalizedText(zh: "帮助", en: "help")

    var sections: [HelpSection]
    var scroll = 0

    init(sections: [HelpSection]) { self.sections = sections }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.escape, .character("?")], label: "Esc/?", help: LocalizedText(zh: "关闭帮助", en: "close help")[language], action: .close),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func mode(_ context: DeskContext) -> DeskMode { .review }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .close: return [.dismiss]
        case .move(let motion):
            scroll = min(motion.scrolled(scroll, page: max(1, context.area.height - 4)), max(0, lines.count - 1))
            return []
        }
    }

    /// `[section]` headings, then `  key  what it does`.
    var lines: [String] {
        let labelWidth = sections.flatMap(\.keys).map(\.label.displayWidth).max() ?? 0
        var lines: [String] = []
        for section in sections {
            if !lines.isEmpty { lines.append("") }
            lines.append("[\(section.title)]")
            lines += section.keys.map { key in
                "  " + key.label + String(repeating: " ", count: labelWidth - key.label.displayWidth) + "  " + key.help
            }
        }
        return lines
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let lines = lines
        let area = context.area
        let inner = Modal(title: "\(context.text(UIText.help)) · \(context.text(UIText.helpClose))",
                          width: min(area.width - 2, 64), height: min(area.height, lines.count + 3))
            .render(over: area, into: &buffer)
        let top = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + row, style: line.hasPrefix("[") ? Style(.header, bold: true) : .normal, clip: inner)
        }
    }
}
