import TUI
import VisitDesk

/// What the keys that work across the desk, rather than in one component, do: help, quit, language,
/// redraw, the pane focus, and the lists of past visits.
enum DeskAction: Hashable {
    case help, quit, toggleLanguage, redraw
    case focusNext, focusPrevious, focusPane(DeskPane)
    case caseHistory, allHistory

    static let title = LocalizedText(zh: "工作台", en: "desk")

    static func keymap(_ language: Language) -> [KeyBinding<DeskAction>] {
        let zh = language == .zh
        let c = Key.character
        return [
            KeyBinding([.tab], label: "Tab", help: zh ? "下一窗格" : "next pane", action: .focusNext),
            KeyBinding([.backTab], label: "Shift-Tab", help: zh ? "上一窗格" : "previous pane", action: .focusPrevious, showInBar: false),
            KeyBinding([c("1")], label: "1", help: zh ? "案件窗格" : "cases pane", action: .focusPane(.cases), showInBar: false),
            KeyBinding([c("2")], label: "2", help: zh ? "阶段窗格" : "stage pane", action: .focusPane(.stage), showInBar: false),
            KeyBinding([c("3")], label: "3", help: zh ? "清单窗格" : "checklist pane", action: .focusPane(.checklist), showInBar: false),
            KeyBinding([c("4")], label: "4", help: zh ? "记录窗格" : "notes pane", action: .focusPane(.notes), showInBar: false),
            KeyBinding([c("h")], label: "h", help: zh ? "本案上门记录" : "visits of case", action: .caseHistory),
            KeyBinding([c("H")], label: "H", help: zh ? "全部上门记录" : "all visits", action: .allHistory, showInBar: false),
            KeyBinding([c("?")], label: "?", help: zh ? "帮助" : "help", action: .help),
            KeyBinding([c("q"), .ctrl("c")], label: "q", help: zh ? "退出" : "quit", action: .quit),
            KeyBinding([c("L")], label: "L", help: zh ? "中/英" : "中/EN", action: .toggleLanguage, showInBar: false),
            KeyBinding([.ctrl("l")], label: "Ctrl-L", help: zh ? "重绘屏幕" : "redraw", action: .redraw, showInBar: false),
        ]
    }

    /// Panes and the lists of visits belong to the desk itself, not to a screen over it.
    func works(onScreen: Bool) -> Bool {
        switch self {
        case .help, .quit, .toggleLanguage, .redraw: true
        default: !onScreen
        }
    }

    static func bindings(_ language: Language, onScreen: Bool) -> [KeyBinding<DeskAction>] {
        keymap(language).filter { $0.action.works(onScreen: onScreen) }
    }

    static func helpSection(_ language: Language) -> HelpSection {
        HelpSection(title: title[language], keys: keymap(language).map { HelpSection.Key(label: $0.label, help: $0.help) })
    }
}
