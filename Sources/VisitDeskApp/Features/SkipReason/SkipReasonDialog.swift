import TUI
import VisitDesk

/// Why an item is skipped: one line of text; it stays open until the store has the reason.
struct SkipReasonDialog: Dialog {
    enum Action: Hashable {
        case save, cancel
        case edit(Key)
    }

    static let title = LocalizedText(zh: "跳过原因", en: "reason for skipping")

    var visit: VisitState
    var itemID: String
    var editor = LineEditor()

    init(visit: VisitState, itemID: String, text: String = "") {
        self.visit = visit
        self.itemID = itemID
        editor = LineEditor(text)
    }

    static func keymap(_ language: Language) -> [KeyBinding<Action>] {
        return [
            KeyBinding([.enter], label: "Enter", help: LocalizedText(zh: "跳过并保存原因", en: "skip with this reason")[language], action: .save),
            KeyBinding([.escape], label: "Esc", help: LocalizedText(zh: "取消", en: "cancel")[language], action: .cancel),
        ]
    }

    func typing(_ key: Key) -> Action? { .edit(key) }

    var keptForm: KeptForm? {
        KeptForm(caseID: visit.caseID, draft: FormDraft(kind: .skipReason(itemID: itemID), values: [editor.text], focus: 0))
    }

    mutating func handle(_ action: Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch action {
        case .cancel:
            return [.dismiss]
        case .edit(let key):
            _ = editor.handle(key)
            return []
        case .save:
            let reason = editor.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty, let visit = context.session?.visit, context.session?.canMark(itemID) == true else { return [] }
            return [.write(StoreWrite(visitID: visit.id, kind: .itemMarked(itemID: itemID, mark: .skipped(reason: reason)),
                                      known: visit, closes: .dialog, playbook: visit.isEnded ? context.session?.playbook : nil))]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let area = context.area
        let inner = Modal(title: context.text(UIText.skipReason), width: min(area.width - 4, 60), height: 3).render(over: area, into: &buffer)
        let visible = editor.visible(width: max(1, inner.width - 1))
        buffer.write(visible.text, x: inner.x, y: inner.y, clip: inner)
        buffer.setCursor(x: inner.x + visible.cursorColumn, y: inner.y)
    }
}
