import TUI
import VisitDesk

/// The keys that step a day screen (the worklist, the day's report) to the day before or after.
enum DayKeys {
    static func bindings<Action>(previous: Action, next: Action, _ language: Language) -> [KeyBinding<Action>] {
        [
            KeyBinding([.character("["), .left], label: "[/←", help: LocalizedText(zh: "前一天", en: "previous day")[language], action: previous),
            KeyBinding([.character("]"), .right], label: "]/→", help: LocalizedText(zh: "后一天", en: "next day")[language], action: next),
        ]
    }
}
