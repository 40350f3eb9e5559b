import TUI
import VisitDesk

/// A search typed after `/` over a list (the cases, the past visits): the list filters as
/// it is typed, Enter keeps the filter, Esc clears it.
struct SearchLine: Hashable, Sendable {
    enum Action: Hashable, Sendable {
        case keep, clear
        case edit(Key)
    }

    /// The filter in force.
    var query = ""
    /// Present while the search is typed.
    var editor: LineEditor?

    var isTyping: Bool { editor != nil }

    /// `/`: starts typing, from the filter in force.
    mutating func begin() { editor = LineEditor(query) }

    /// The keys while the search is typed; every other key is text.
    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "保留筛选", en: "keep filter")[language], action: .keep),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "清除筛选", en: "clear filter")[language], action: .clear),
        ]
    }

    /// Applies an action; true when the filter changed, so the list is fetched again.
    mutating func apply(_ action: Action) -> Bool {
        let before = query
        switch action {
        case .keep:
            editor = nil
        case .clear:
            editor = nil
            query = ""
        case .edit(let key):
            _ = editor?.handle(key)
            query = editor?.text ?? query
        }
        return query != before
    }
}
