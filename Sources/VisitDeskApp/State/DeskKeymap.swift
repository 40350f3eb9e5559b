import TUI
import VisitDesk

/// Where a key binding applies. The state decides which contexts are active (see
/// `AppState.activeContexts`); the first active context with a binding wins.
enum KeyContext {
    static let anywhere = "anywhere"
    static let desk = "desk"
    static let lists = "lists"
    static let cases = "cases"
    static let checklist = "checklist"
    static let visit = "visit"
    static let history = "history"
    static let review = "review"
    static let summary = "summary"
    static let help = "help"
}

/// The keymap of DESIGN §5 — one table that drives dispatch, the help overlay and the key
/// bar, built in the UI language so the help text matches the screen.
enum DeskKeymap {
    private static let chinese = make(.zh)
    private static let english = make(.en)

    /// The table in `language`, built once.
    static func table(_ language: Language) -> Keymap<DeskAction> { language == .zh ? chinese : english }

    private static func make(_ language: Language) -> Keymap<DeskAction> {
        func bind(_ keys: [Key], _ label: String, _ zh: String, _ en: String, _ context: String,
                  _ action: DeskAction, bar: Bool = false) -> KeyBinding<DeskAction> {
            KeyBinding(keys, label: label, help: language == .zh ? zh : en,
                       context: context, action: action, showInBar: bar)
        }
        let c = Key.character
        return Keymap([
            bind([c("?")], "?", "帮助", "help", KeyContext.anywhere, .help, bar: true),
            bind([c("q"), .ctrl("c")], "q", "退出", "quit", KeyContext.anywhere, .quit, bar: true),
            bind([c("L")], "L", "中/英", "中/EN", KeyContext.anywhere, .toggleLanguage),
            bind([.ctrl("l")], "Ctrl-L", "重绘屏幕", "redraw", KeyContext.anywhere, .redraw),
            bind([.escape], "Esc", "返回", "back", KeyContext.help, .back),
            bind([c("?")], "?", "关闭帮助", "close help", KeyContext.help, .back),

            bind([.tab], "Tab", "下一窗格", "next pane", KeyContext.desk, .focusNext, bar: true),
            bind([.backTab], "Shift-Tab", "上一窗格", "previous pane", KeyContext.desk, .focusPrevious),
            bind([c("1")], "1", "案件窗格", "cases pane", KeyContext.desk, .focusPane(.cases)),
            bind([c("2")], "2", "阶段窗格", "stage pane", KeyContext.desk, .focusPane(.stage)),
            bind([c("3")], "3", "清单窗格", "checklist pane", KeyContext.desk, .focusPane(.checklist)),
            bind([c("4")], "4", "记录窗格", "notes pane", KeyContext.desk, .focusPane(.notes)),

            bind([c("j"), .down], "j/k", "下移", "move down", KeyContext.lists, .moveDown, bar: true),
            bind([c("k"), .up], "k/↑", "上移", "move up", KeyContext.lists, .moveUp),
            bind([c("g"), .home], "g", "到顶部", "top", KeyContext.lists, .top),
            bind([c("G"), .end], "G", "到底部", "bottom", KeyContext.lists, .bottom),
            bind([.pageDown], "PgDn", "下一页", "page down", KeyContext.lists, .pageDown),
            bind([.pageUp], "PgUp", "上一页", "page up", KeyContext.lists, .pageUp),

            bind([c("/")], "/", "搜索", "search", KeyContext.cases, .search, bar: true),
            bind([.enter], "Enter", "打开案件", "open case", KeyContext.cases, .openCase, bar: true),
            bind([c("v")], "v", "开始上门", "start visit", KeyContext.cases, .startVisit, bar: true),

            bind([c(" ")], "Space", "完成 ⇄ 待办", "done ⇄ pending", KeyContext.checklist, .toggleDone, bar: true),
            bind([c("x")], "x", "跳过（填原因）", "skip with reason", KeyContext.checklist, .skipItem),
            bind([c("-")], "-", "不适用", "not applicable", KeyContext.checklist, .notApplicable),

            bind([c("]")], "]", "下一阶段", "next stage", KeyContext.visit, .nextStage, bar: true),
            bind([c("[")], "[", "上一阶段", "previous stage", KeyContext.visit, .previousStage),
            bind([c("u")], "u", "撤销", "undo", KeyContext.visit, .undo),
            bind([c("n")], "n", "新记录", "note", KeyContext.visit, .newNote, bar: true),
            bind([c("N")], "N", "用编辑器写记录", "note in $EDITOR", KeyContext.visit, .newNoteInEditor),
            bind([c("o")], "o", "记录结果", "outcome", KeyContext.visit, .recordOutcome, bar: true),
            bind([c("e")], "e", "结束上门", "end visit", KeyContext.visit, .endVisit),
            bind([c("s")], "s", "小结", "summary", KeyContext.visit, .showSummary, bar: true),

            bind([c("h")], "h", "本案上门记录", "visits of case", KeyContext.desk, .caseHistory),
            bind([c("H")], "H", "全部上门记录", "all visits", KeyContext.desk, .allHistory),
            bind([c("r")], "r", "显示/隐藏个人信息", "reveal/hide data", KeyContext.desk, .toggleReveal),

            bind([c("/")], "/", "搜索", "search", KeyContext.history, .search, bar: true),
            bind([.enter], "Enter", "查看（只读）", "review", KeyContext.history, .openReview, bar: true),
            bind([.escape], "Esc", "返回", "back", KeyContext.history, .back, bar: true),

            bind([c("s")], "s", "小结", "summary", KeyContext.review, .showSummary, bar: true),
            bind([.escape], "Esc", "返回", "back", KeyContext.review, .back, bar: true),

            bind([c("w")], "w", "保存为文件", "write files", KeyContext.summary, .writeSummary, bar: true),
            bind([c("P")], "P", "打印", "print", KeyContext.summary, .printSummary, bar: true),
            bind([.escape], "Esc", "返回", "back", KeyContext.summary, .back, bar: true),
        ] + PrintKeys.bindings(language))
    }
}
