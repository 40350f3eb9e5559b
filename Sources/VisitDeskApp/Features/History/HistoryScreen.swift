import TUI
import VisitDesk

/// Past visits of one case or of all cases — date, case, role, outcome, duration — with a
/// search; Enter opens one read-only. The history of one case lists its records outside the
/// visits under them (contacts, appointments, payments, marks), newest first; a search
/// narrows the visits and leaves the records out.
struct HistoryScreen: Screen {
    enum Action: Hashable {
        case move(ListMotion)
        case openReview, search, back
        case searchLine(SearchLine.Action)
    }

    static let title = LocalizedText(zh: "上门记录", en: "past visits")

    /// The case whose visits are listed; nil for every case.
    var caseID: Int64?
    var heading: String
    var search = SearchLine()
    var rows: [VisitListRow] = []
    /// The case's records, its own and other devices' (for the history of one case).
    var records: [AuthoredCaseEvent] = []
    var list = ListState()

    /// What is listed: the visits, with the case's records among them unless searching.
    var entries: [HistoryEntry] {
        HistoryEntry.merged(visits: rows, records: search.query.isEmpty ? records : [])
    }

    init(caseID: Int64?, heading: String) {
        self.caseID = caseID
        self.heading = heading
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "查看（只读）", en: "review")[language], action: .openReview),
            KeyBinding([.character("/")], label: "/", help: LocalizedText(zh: "搜索", en: "search")[language], action: .search),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "返回", en: "back")[language], action: .back),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) } + SearchLine.keymap(language).map { $0.map(Action.searchLine) }
    }

    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool {
        switch action {
        case .searchLine: search.isTyping
        default: !search.isTyping
        }
    }

    func typing(_ key: Key) -> Action? { search.isTyping ? .searchLine(.edit(key)) : nil }

    func mode(_ context: DeskContext) -> DeskMode { .review }

    /// The effect that lists the visits for the current search.
    var loadEffect: Effect { .loadHistory(caseID: caseID, query: search.query) }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .move(let motion):
            list.apply(motion, count: entries.count, height: max(1, context.area.height - 3))
            return []
        case .openReview:
            let entries = entries
            guard entries.indices.contains(list.selected), case .visit(let row) = entries[list.selected] else { return [] }
            return [.openReview(visitID: row.id, language: context.language)]
        case .search:
            search.begin()
            return []
        case .back:
            return [.back]
        case .searchLine(let action):
            guard search.apply(action) else { return [] }
            list = ListState()
            return [loadEffect]
        }
    }

    mutating func rowsLoaded(_ loaded: [VisitListRow]) {
        rows = loaded
        list.selected = min(list.selected, max(0, entries.count - 1))
    }

    mutating func recordsLoaded(_ loaded: [AuthoredCaseEvent]) {
        records = loaded
        list.selected = min(list.selected, max(0, entries.count - 1))
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let entries = entries
        var title = heading + " (\(rows.count))"
        if !records.isEmpty, search.query.isEmpty { title += " · " + context.text(UIText.caseRecordCount(records.count)) }
        if !search.query.isEmpty { title += " · /\(SafeText.neutralised(search.query))" }
        let inner = Pane(title: title, focused: true).render(in: context.area, into: &buffer)
        guard !inner.isEmpty else { return }
        if entries.isEmpty {
            buffer.write(context.text(UIText.noHistory), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let visits = rows.compactMap { row in
            row.device.map { (caseReference: row.caseReference,
                              visit: SyncConflict.Visit(uid: "", id: row.id, device: $0, operatorName: nil, startedAt: row.startedAt)) }
        }
        let conflicted = Set(SyncConflict.find(in: visits, timeZone: context.clock.timeZone).flatMap { $0.visits.compactMap(\.id) })
        let shown = StringRows(rows: entries.map { entry in
            switch entry {
            case .visit(let row): Self.row(for: row, conflicted: conflicted.contains(row.id), context: context, width: inner.width)
            case .record(let record): Self.row(for: record, context: context, width: inner.width)
            }
        })
        var list = list
        list.scrollToSelection(height: inner.height)
        ListView().render(in: inner, into: &buffer, source: shown, state: list)
    }

    /// A record on the case: its time, then what it was (`联系：电话 … · 已接通`); another
    /// device's names its operator first (`⇄王磊`).
    static func row(for record: AuthoredCaseEvent, context: DeskContext, width: Int) -> String {
        let at = HistoryEntry.record(record).at
        let what = CaseEventText.describe(record.event.kind, language: context.language, clock: context.clock, withContactTime: false)
        let by = record.author.map { "⇄" + Self.shortName($0.operatorName, context: context) + " " } ?? ""
        let line = "\(context.clock.dateTime(at).truncated(to: 16)) · " + by + what
        return SafeText.neutralised(line).truncated(to: width)
    }

    /// A visit: when, which case, role, outcome and duration. Another device's visit names its
    /// operator before the outcome (`⇄王磊`); a visit of a day the case was visited from two devices is marked `⚠`.
    static func row(for visit: VisitListRow, conflicted: Bool = false, context: DeskContext, width: Int) -> String {
        let language = context.language
        var outcome = visit.outcomeCode?.label[language]
            ?? visit.endReason?.label[language]
            ?? LocalizedText(zh: "进行中", en: "open")[language]
        if let remote = visit.remoteOperator {
            outcome = "⇄" + shortName(remote, context: context) + " " + outcome
        }
        if conflicted { outcome = "⚠" + context.text(UIText.conflict) + " " + outcome }
        let columns: [(String, Int)] = [
            (context.clock.dateTime(visit.startedAt), 16),
            (visit.caseReference, 13),
            (visit.debtorName, 8),
            (visit.role.label[language], 8),
            (outcome, 18),
            (visit.duration.map { SummaryFormat.duration($0, language: language) } ?? "—", 10),
        ]
        return columns.map { SafeText.neutralised($0.0).truncated(to: $0.1) }.joined(separator: " ").truncated(to: width)
    }

    /// An operator by name alone (`王磊` of `王磊/WF-0312`): the columns are narrow.
    private static func shortName(_ operatorName: String, context: DeskContext) -> String {
        let name = OperatorProfile.name(of: operatorName)
        return name.isEmpty ? context.text(UIText.otherDevice) : name
    }
}
