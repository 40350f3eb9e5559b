import TUI
import VisitDesk

/// What the keys that work across the desk, rather than in one component, do: help, quit, language,
/// redraw, the pane focus, the lists of past visits, and the day's worklist and report.
enum DeskAction: Hashable {
    case help, quit, toggleLanguage, redraw
    case focusNext, focusPrevious, focusPane(DeskPane)
    case caseHistory, allHistory
    /// `c`: record a contact attempt, an appointment, the next action or a hand mark on a case.
    case recordOnCase
    case worklist, dayReport

    static let title = LocalizedText(zh: "工作台", en: "desk")

    static func keymap(_ language: Language) -> [KeyBinding<DeskAction>] {
        let c = Key.character
        return [
            KeyBinding([.tab], label: "Tab", help: LocalizedText(zh: "下一窗格", en: "next pane")[language], action: .focusNext),
            KeyBinding([.backTab], label: "Shift-Tab", help: LocalizedText(zh: "上一窗格", en: "previous pane")[language], action: .focusPrevious, showInBar: false),
            KeyBinding([c("1")], label: "1", help: LocalizedText(zh: "案件窗格", en: "cases pane")[language], action: .focusPane(.cases), showInBar: false),
            KeyBinding([c("2")], label: "2", help: LocalizedText(zh: "阶段窗格", en: "stage pane")[language], action: .focusPane(.stage), showInBar: false),
            KeyBinding([c("3")], label: "3", help: LocalizedText(zh: "清单窗格", en: "checklist pane")[language], action: .focusPane(.checklist), showInBar: false),
            KeyBinding([c("4")], label: "4", help: LocalizedText(zh: "记录窗格", en: "notes pane")[language], action: .focusPane(.notes), showInBar: false),
            KeyBinding([c("h")], label: "h", help: LocalizedText(zh: "本案上门记录", en: "visits of case")[language], action: .caseHistory),
            KeyBinding([c("H")], label: "H", help: LocalizedText(zh: "全部上门记录", en: "all visits")[language], action: .allHistory, showInBar: false),
            KeyBinding([c("c")], label: "c", help: LocalizedText(zh: "记录联系/预约", en: "contact/appointment")[language], action: .recordOnCase),
            KeyBinding([c("t")], label: "t", help: LocalizedText(zh: "今日工作", en: "worklist")[language], action: .worklist),
            KeyBinding([c("R")], label: "R", help: LocalizedText(zh: "当日报告", en: "day report")[language], action: .dayReport, showInBar: false),
            KeyBinding([c("?")], label: "?", help: LocalizedText(zh: "帮助", en: "help")[language], action: .help),
            KeyBinding([c("q"), .ctrl("c")], label: "q", help: LocalizedText(zh: "退出", en: "quit")[language], action: .quit),
            KeyBinding([c("L")], label: "L", help: LocalizedText(zh: "中/英", en: "中/EN")[language], action: .toggleLanguage, showInBar: false),
            KeyBinding([.ctrl("l")], label: "Ctrl-L", help: LocalizedText(zh: "重绘屏幕", en: "redraw")[language], action: .redraw, showInBar: false),
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
