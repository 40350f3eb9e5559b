import TUI
import VisitDesk

/// How the visit ended: completed, asked to leave, no contact, broken off — in the words of
/// the one recording it (the debtor's own in their visit).
struct EndVisitDialog: Dialog {
    typealias Action = ChoiceList.Action

    static let title = LocalizedText(zh: "结束上门", en: "end the visit")

    var visit: VisitState
    var choice = ChoiceList(count: EndReason.allCases.count)

    init(visit: VisitState) { self.visit = visit }

    static func keymap(_ language: Language) -> [KeyBinding<ChoiceList.Action>] {
        ChoiceList.keymap(letters: EndReason.allCases.map(\.shortcut), labels: EndReason.allCases.map { $0.label[language] },
                          language: language)
    }

    mutating func handle(_ action: ChoiceList.Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch choice.apply(action) {
        case .stays: return []
        case .cancelled: return [.dismiss]
        case .chosen(let index):
            return [.dismiss, .write(StoreWrite(visitID: visit.id, kind: .ended(reason: EndReason.allCases[index]), known: visit))]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let options = EndReason.allCases.map { "\($0.label(for: visit.role)[context.language]) (\($0.shortcut))" }
        choice.render(options: options, title: context.text(UIText.endVisitTitle[visit.role]), hint: nil, over: context.area, into: &buffer)
    }
}
