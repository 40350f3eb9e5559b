import TUI
import VisitDesk

/// A movement in a list or a document: the same keys move in every list of the desk.
enum ListMotion: Hashable, Sendable {
    case down, up, top, bottom, pageDown, pageUp

    /// The movement keys, with the help in `language`.
    static func keymap(_ language: Language) -> [KeyBinding<ListMotion>] {
        return [
            KeyBinding([.character("j"), .down], label: "j/k", help: LocalizedText(zh: "下移", en: "move down")[language], action: .down),
            KeyBinding([.character("k"), .up], label: "k/↑", help: LocalizedText(zh: "上移", en: "move up")[language], action: .up, showInBar: false),
            KeyBinding([.character("g"), .home], label: "g", help: LocalizedText(zh: "到顶部", en: "top")[language], action: .top, showInBar: false),
            KeyBinding([.character("G"), .end], label: "G", help: LocalizedText(zh: "到底部", en: "bottom")[language], action: .bottom, showInBar: false),
            KeyBinding([.pageDown], label: "PgDn", help: LocalizedText(zh: "下一页", en: "page down")[language], action: .pageDown, showInBar: false),
            KeyBinding([.pageUp], label: "PgUp", help: LocalizedText(zh: "上一页", en: "page up")[language], action: .pageUp, showInBar: false),
        ]
    }

    /// The same movement seen from the bottom of a list pinned to its newest line.
    var reversed: ListMotion {
        switch self {
        case .down: .up
        case .up: .down
        case .top: .bottom
        case .bottom: .top
        case .pageDown: .pageUp
        case .pageUp: .pageDown
        }
    }

    /// A scroll offset moved by this motion; drawing clamps it to the content.
    func scrolled(_ offset: Int, page: Int) -> Int {
        switch self {
        case .down: offset + 1
        case .up: max(0, offset - 1)
        case .top: 0
        case .bottom: Int.max / 2
        case .pageDown: offset + max(1, page)
        case .pageUp: max(0, offset - max(1, page))
        }
    }
}

extension ListState {
    /// Applies a motion to a list of `count` rows shown `height` at a time.
    mutating func apply(_ motion: ListMotion, count: Int, height: Int) {
        switch motion {
        case .down: move(by: 1, count: count)
        case .up: move(by: -1, count: count)
        case .top: toTop()
        case .bottom: toBottom(count: count)
        case .pageDown: move(by: height, count: count)
        case .pageUp: move(by: -height, count: count)
        }
        scrollToSelection(height: height)
    }
}
