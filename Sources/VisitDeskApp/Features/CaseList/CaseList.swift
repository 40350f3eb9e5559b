import TUI
import VisitDesk

/// The case list pane: a window of rows fetched from the store around the visible part, so
/// a list of a million cases costs only the rows on screen; `/` filters it as you type (pinyin
/// too), `S` changes the order.
struct CaseList: Component, Hashable {
    enum Action: Hashable {
        case move(ListMotion)
        case search
        case searchLine(SearchLine.Action)
        case openCase, startVisit
        case cycleOrder
    }

    static let title = LocalizedText(zh: "案件列表", en: "cases")

    var count = 0
    /// Set when the store stopped counting at `CaseCount.cap`: the title says "10,000+".
    var countIsAtLeast = false
    var search = SearchLine()
    var order = CaseOrder.overdueDays
    var list = ListState()
    var windowOffset = 0
    var window: [CaseListRow] = []
    var loaded = false

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "打开案件", en: "open case")[language], action: .openCase),
            KeyBinding([.character("v")], label: "v", help: LocalizedText(zh: "开始上门", en: "start visit")[language], action: .startVisit),
            KeyBinding([.character("/")], label: "/", help: LocalizedText(zh: "搜索（可用拼音）", en: "search (pinyin too)")[language], action: .search),
            KeyBinding([.character("S")], label: "S",
                       help: LocalizedText(zh: "换排序", en: "sort")[language],
                       action: .cycleOrder),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) } + SearchLine.keymap(language).map { $0.map(Action.searchLine) }
    }

    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool {
        switch action {
        case .searchLine: search.isTyping
        default: !search.isTyping
        }
    }

    func typing(_ key: Key) -> Action? { search.isTyping ? .searchLine(.edit(key)) : nil }

    func mode(_ context: DeskContext) -> DeskMode { .browse }

    func row(at index: Int) -> CaseListRow? {
        let local = index - windowOffset
        return window.indices.contains(local) ? window[local] : nil
    }

    var selectedCase: LoanCase? { row(at: list.selected)?.loanCase }

    /// A database with no case at all (not a search that matches none).
    var isEmptyDatabase: Bool { loaded && count == 0 && search.query.isEmpty && !search.isTyping }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        let height = max(1, context.innerHeight)
        switch action {
        case .move(let motion):
            list.apply(motion, count: count, height: height)
            return windowEffects(height: height)
        case .search:
            search.begin()
            return []
        case .searchLine(let action):
            guard search.apply(action) else { return [] }
            list = ListState()
            return windowEffects(height: height, force: true)
        case .cycleOrder:
            order = order.next
            list = ListState()
            return windowEffects(height: height, force: true) + [.say(.info(Self.orderName(order)[context.language]))]
        case .openCase:
            guard let id = selectedCase?.id else { return [] }
            return [.openCase(id: id)]
        case .startVisit:
            guard let loanCase = selectedCase, let caseID = loanCase.id else { return [] }
            if loanCase.withdrawnAt != nil { return [.say(.error(context.text(UIText.caseWithdrawn)))] }
            if let session = context.session, session.loanCase.id == caseID, session.liveVisit != nil {
                return [.focus(.checklist)]
            }
            var start = StartVisitDialog(caseID: caseID, language: context.language, playbooks: context.playbooks)
            guard let session = context.session, session.loanCase.id == caseID else {
                // The case is read first: its records (an appointment's place and visitors) fill the form when they arrive.
                return [.present(DialogBox(start)), .openCase(id: caseID)]
            }
            start.fill(from: session.records, today: CalendarDay(context.now, in: context.clock.timeZone))
            return [.present(DialogBox(start))]
        }
    }

    /// The order as the pane title and the status line name it.
    static func orderName(_ order: CaseOrder) -> LocalizedText {
        switch order {
        case .overdueDays: LocalizedText(zh: "↓逾期", en: "↓overdue")
        case .amount: LocalizedText(zh: "↓金额", en: "↓amount")
        case .nextAction: LocalizedText(zh: "↑下次行动", en: "↑next action")
        case .reference: LocalizedText(zh: "↑编号", en: "↑reference")
        }
    }

    /// Takes in rows the store returned; `count` is nil when only the rows were fetched.
    mutating func loaded(count newCount: CaseCount?, offset: Int, rows: [CaseListRow], height: Int) {
        if let newCount {
            count = newCount.value
            countIsAtLeast = newCount.isAtLeast
        }
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
        return [.loadCases(query: search.query, order: order, offset: offset, limit: height * 3, counting: force || !loaded)]
    }

    /// A visit started, ended or changed its outcome: the rows on screen are read again for
    /// their ●, status, outcome and next action.
    func standingChanged(height: Int) -> [Effect] {
        windowEffects(height: height, force: true)
    }

    /// The terminal changed size: keep the selection in view and load what became visible.
    mutating func resized(height: Int) -> [Effect] {
        list.scrollToSelection(height: height)
        return windowEffects(height: height)
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let counted = CaseCount(value: count, isAtLeast: countIsAtLeast).text
        var title = "\(context.text(UIText.cases)) (\(counted)) \(Self.orderName(order)[context.language])"
        if !search.query.isEmpty { title += " · /\(SafeText.neutralised(search.query))" }
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
