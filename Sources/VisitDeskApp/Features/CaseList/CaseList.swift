import TUI
import VisitDesk

/// The case list pane: a window of rows fetched from the store around the visible part, so
/// a list of 100k cases costs only the rows on screen; `/` filters it as you type.
struct CaseList: Component, Hashable {
    enum Action: Hashable {
        case move(ListMotion)
        case search, keepSearch, clearSearch
        case editSearch(Key)
        case openCase, startVisit
    }

    static let title = LocalizedText(zh: "案件列表", en: "cases")

    var count = 0
    var query = ""
    /// Present while the user types a search after `/`.
    var searchEditor: LineEditor?
    var list = ListState()
    var windowOffset = 0
    var window: [LoanCase] = []
    var loaded = false

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "打开案件", en: "open case")[language], action: .openCase),
            KeyBinding([.character("v")], label: "v", help: LocalizedText(zh: "开始上门", en: "start visit")[language], action: .startVisit),
            KeyBinding([.character("/")], label: "/", help: LocalizedText(zh: "搜索", en: "search")[language], action: .search),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) } + [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "保留筛选", en: "keep filter")[language], action: .keepSearch),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "清除筛选", en: "clear filter")[language], action: .clearSearch),
        ]
    }

    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool {
        switch action {
        case .keepSearch, .clearSearch, .editSearch: searchEditor != nil
        default: searchEditor == nil
        }
    }

    func typing(_ key: Key) -> Action? { searchEditor == nil ? nil : .editSearch(key) }

    func mode(_ context: DeskContext) -> DeskMode { .browse }

    func row(at index: Int) -> LoanCase? {
        let local = index - windowOffset
        return window.indices.contains(local) ? window[local] : nil
    }

    var selectedCase: LoanCase? { row(at: list.selected) }

    /// A database with no case at all (not a search that matches none).
    var isEmptyDatabase: Bool { loaded && count == 0 && query.isEmpty && searchEditor == nil }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        let height = max(1, context.innerHeight)
        switch action {
        case .move(let motion):
            list.apply(motion, count: count, height: height)
            return windowEffects(height: height)
        case .search:
            searchEditor = LineEditor(query)
            return []
        case .keepSearch:
            searchEditor = nil
            return []
        case .clearSearch:
            searchEditor = nil
            return filter("", height: height)
        case .editSearch(let key):
            _ = searchEditor?.handle(key)
            return filter(searchEditor?.text ?? query, height: height)
        case .openCase:
            guard let id = selectedCase?.id else { return [] }
            return [.openCase(id: id)]
        case .startVisit:
            guard let loanCase = selectedCase, let caseID = loanCase.id else { return [] }
            if let session = context.session, session.loanCase.id == caseID, session.liveVisit != nil {
                return [.focus(.checklist)]
            }
            return [.present(DialogBox(StartVisitDialog(caseID: caseID, language: context.language, playbooks: context.playbooks)))]
        }
    }

    private mutating func filter(_ text: String, height: Int) -> [Effect] {
        guard text != query else { return [] }
        query = text
        list = ListState()
        return windowEffects(height: height, force: true)
    }

    /// Takes in rows the store returned; `count` is nil when only the rows were fetched.
    mutating func loaded(count newCount: Int?, offset: Int, rows: [LoanCase], height: Int) {
        if let newCount { count = newCount }
        windowOffset = offset
        window = rows
        loaded = true
        if list.selected >= count {
            list.selected = max(0, count - 1)
            list.scrollToSelection(height: height)
        }
    }

    /// Loads the window of rows around the visible part when it is not already loaded.
    func windowEffects(height: Int, force: Bool = false) -> [Effect] {
        let visible = list.offset..<(list.offset + height)
        let loadedRows = windowOffset..<(windowOffset + window.count)
        let covered = visible.clamped(to: 0..<max(count, 0)).allSatisfy { loadedRows.contains($0) }
        if loaded, covered, !force { return [] }
        let offset = max(0, list.offset - height)
        // Counting a large list costs more than a page: only when the list itself may have changed.
        return [.loadCases(query: query, offset: offset, limit: height * 3, counting: force || !loaded)]
    }

    /// The terminal changed size: keep the selection in view and load what became visible.
    mutating func resized(height: Int) -> [Effect] {
        list.scrollToSelection(height: height)
        return windowEffects(height: height)
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        var title = "\(context.text(UIText.cases)) (\(count))"
        if !query.isEmpty { title += " · /\(SafeText.neutralised(query))" }
        let inner = Pane(title: "1 " + title, focused: context.isFocused).render(in: context.area, into: &buffer)
        guard !inner.isEmpty else { return }
        if loaded, count == 0 {
            buffer.write(context.text(UIText.noMatches), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let rows = CaseRows(caseList: self, width: inner.width, language: context.language, openCaseID: context.session?.loanCase.id)
        ListView().render(in: inner, into: &buffer, source: rows, state: list)
    }
}
