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
        let current = visit.marks[item.id]?.mark ?? .pending
        switch action {
        case .toggleDone:
            return [mark(item, current == .done ? .pending : .done, in: visit, context)]
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
        var list = list
        list.scrollToSelection(height: inner.height)
        for (row, index) in (list.offset..<min(stage.items.count, list.offset + inner.height)).enumerated() {
            let item = stage.items[index]
            let record = visit.marks[item.id]
            let mark = record?.mark ?? .pending
            var trailing = record.map { context.clock.time($0.at) } ?? ""
            if case .skipped(let reason)? = record?.mark { trailing = "\(context.text(UIText.skipped)): \(reason)  \(trailing)" }
            let text = item.text[context.language] + (item.required ? " *" : "")
            let selected = index == list.selected && context.isFocused
            ChecklistRow(mark: mark.symbol, text: SafeText.neutralised(text), trailing: SafeText.neutralised(trailing),
                         style: Style(mark.role), selected: selected, markWidth: 4)
                .render(in: Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), into: &buffer)
        }
    }
}
