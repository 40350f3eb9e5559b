import TUI
import VisitDesk

/// The checklist pane: the current stage's items with their state; Space ticks, `x` skips
/// with a reason, `-` marks an item not applicable. Once the visit has ended it shows the
/// follow-up stage, whose items can still be ticked (not after "asked to leave").
struct Checklist: Component, Hashable {
    enum Action: Hashable {
        case move(ListMotion)
        case toggleDone, skip, notApplicable
    }

    static let title = LocalizedText(zh: "检查清单", en: "checklist")

    var list = ListState()
    /// The visit and stage the selection belongs to: another stage starts at its first item.
    private var shownStage: StageKey?

    private struct StageKey: Hashable {
        var visitID: Int64
        var stageID: String
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.character(" ")], label: "Space", help: LocalizedText(zh: "完成 ⇄ 待办", en: "done ⇄ pending")[language], action: .toggleDone),
            KeyBinding([.character("x")], label: "x", help: LocalizedText(zh: "跳过（填原因）", en: "skip with reason")[language], action: .skip),
            KeyBinding([.character("-")], label: "-", help: LocalizedText(zh: "不适用", en: "not applicable")[language], action: .notApplicable),
        ] + ListMotion.keymap(language).map { $0.map(Action.move) }
    }

    func isAvailable(_ action: Action, _ context: DeskContext) -> Bool { context.session?.visit != nil }

    func mode(_ context: DeskContext) -> DeskMode { .browse }

    func selectedItem(_ session: CaseSession?) -> ChecklistItem? {
        guard let items = session?.currentStage?.items, items.indices.contains(list.selected) else { return nil }
        return items[list.selected]
    }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        if case .move(let motion) = action {
            list.apply(motion, count: context.session?.currentStage?.items.count ?? 0, height: context.innerHeight)
            return []
        }
        guard let visit = context.session?.visit else { return [.say(context.whyNoLiveVisit)] }
        guard let item = selectedItem(context.session) else { return [] }
        guard context.session?.canMark(item.id) == true else { return [.say(context.whyNoLiveVisit)] }
        if item.check != nil {
            // Answered by the case's records: recorded with `c`, never ticked.
            return [.say(.info(context.text(UIText.checkCannotBeTicked)))]
        }
        let current = visit.marks[item.id]?.mark ?? .pending
        switch action {
        case .toggleDone:
            return [mark(item, current == .done ? .pending : .done, in: visit, context)]
        case .notApplicable where current == .done:
            // Undoing work already recorded as done is easy to regret: it asks first.
            let text = SafeText.neutralised(item.text[context.language])
            return [.present(DialogBox(ConfirmDialog(question: UIText.notApplicableQuestion(text), effects: [mark(item, .notApplicable, in: visit, context)])))]
        case .notApplicable:
            return [mark(item, current == .notApplicable ? .pending : .notApplicable, in: visit, context)]
        case .skip:
            return [.present(DialogBox(SkipReasonDialog(visit: visit, itemID: item.id)))]
        case .move:
            return []
        }
    }

    private func mark(_ item: ChecklistItem, _ mark: ItemMark, in visit: VisitState, _ context: DeskContext) -> Effect {
        .write(StoreWrite(visitID: visit.id, kind: .itemMarked(itemID: item.id, mark: mark), known: visit,
                          playbook: visit.isEnded ? context.session?.playbook : nil))
    }

    /// Keeps the selection on the stage shown: back to the first item when the stage or the
    /// visit changed, within the items when they are fewer.
    mutating func follow(_ session: CaseSession?) {
        let stage = session.flatMap { session in
            session.visit.flatMap { visit in session.currentStage.map { StageKey(visitID: visit.id, stageID: $0.id) } }
        }
        if stage != shownStage { list = ListState() }
        shownStage = stage
        let count = session?.currentStage?.items.count ?? 0
        list.selected = min(list.selected, max(0, count - 1))
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let inner = Pane(title: "3 " + context.text(UIText.checklist), focused: context.isFocused).render(in: context.area, into: &buffer)
        guard !inner.isEmpty, let session = context.session else { return }
        guard let visit = session.visit, let stage = session.currentStage else {
            buffer.write(context.text(UIText.noVisit), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let checks = session.checks(timeZone: context.clock.timeZone)
        let rows = stage.items.enumerated().map { index, item in
            Self.row(item, visit.marks[item.id], check: checks[item.id], selected: index == list.selected && context.isFocused, context)
        }
        let heights = rows.map { max(1, $0.textLines(width: inner.width, maxLines: Self.linesPerItem).count) }
        let detail = selectedItem(session).map {
            ItemDetail(item: $0, marked: visit.marks[$0.id], check: checks[$0.id], language: context.language, clock: context.clock)
                .lines(width: inner.width - 1)
        } ?? []
        // The items keep at least half the pane (three rows when it is small); the strip takes the rest it needs.
        let itemsKept = min(heights.reduce(0, +), max(3, inner.height / 2))
        let detailHeight = detail.isEmpty ? 0 : min(detail.count + 1, max(0, inner.height - itemsKept))
        let itemsArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - (detailHeight >= 2 ? detailHeight : 0))
        var y = itemsArea.y
        for index in Self.firstShown(heights: heights, selected: list.selected, height: itemsArea.height)..<rows.count where y < itemsArea.maxY {
            let height = min(heights[index], itemsArea.maxY - y)
            rows[index].render(in: Rect(x: inner.x, y: y, width: inner.width, height: height), into: &buffer)
            y += height
        }
        // The strip follows the last item shown, taking what room is left below it.
        let room = inner.maxY - y
        guard detailHeight >= 2, room >= 2 else { return }
        let label = "── \(context.text(UIText.details)) "
        buffer.write(label + String(repeating: "─", count: max(0, inner.width - label.displayWidth)), x: inner.x, y: y,
                     style: Style(.muted), clip: inner)
        let shown = min(detail.count, room - 1)
        for (row, line) in detail.prefix(shown).enumerated() {
            let cut = row == shown - 1 && detail.count > shown
            let text = cut ? line.text.prefix(columns: inner.width - 2) + "…" : line.text
            buffer.write(text, x: inner.x + 1, y: y + 1 + row, style: line.style, clip: inner)
        }
    }

    /// An item wraps onto a second line before it is cut; the detail strip shows all of it.
    private static let linesPerItem = 2

    /// The row of one item: its text with the required star and, once skipped, the reason;
    /// the time it was marked at the right. An item the case's records answer shows ✓ or ✗
    /// and what in the records answers it.
    private static func row(_ item: ChecklistItem, _ record: MarkedItem?, check: RecordCheckResult?, selected: Bool,
                            _ context: DeskContext) -> ChecklistRow {
        if let check, check.isSatisfied || record?.mark != .done {
            var text = SafeText.neutralised(item.text[context.language]) + (item.required ? "\u{00A0}*" : "")
            text += " — " + SafeText.neutralised(context.text(check.explanation))
            if !check.isSatisfied { text += " — " + context.text(UIText.checkHowTo) }
            return ChecklistRow(mark: check.isSatisfied ? "[✓]" : "[✗]", text: text, trailing: "",
                                style: Style(check.isSatisfied ? .itemDone : .warning), selected: selected, markWidth: 4)
        }
        let mark = record?.mark ?? .pending
        // A no-break space keeps the required star with the last word when the row wraps.
        var text = SafeText.neutralised(item.text[context.language]) + (item.required ? "\u{00A0}*" : "")
        if case .skipped(let reason) = mark { text += SafeText.neutralised(" — \(context.text(UIText.skipped)): \(reason)") }
        if let figures = record?.figures { text += SafeText.neutralised(" — " + context.text(figures)) }
        let trailing = record.map { context.clock.time($0.at) } ?? ""
        return ChecklistRow(mark: mark.symbol, text: text, trailing: SafeText.neutralised(trailing),
                            style: Style(mark.role), selected: selected, markWidth: 4)
    }

    /// The first item to draw so that the selected one is whole on screen, scrolling as
    /// little as possible from the top.
    private static func firstShown(heights: [Int], selected: Int, height: Int) -> Int {
        guard heights.indices.contains(selected) else { return 0 }
        var first = selected
        var used = heights[selected]
        while first > 0, used + heights[first - 1] <= height {
            used += heights[first - 1]
            first -= 1
        }
        return first
    }
}
