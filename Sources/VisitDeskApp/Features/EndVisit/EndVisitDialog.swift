import TUI
import VisitDesk

/// How the visit ended: completed, asked to leave, no contact, broken off — in the words of
/// the one recording it (the debtor's own in their visit).
struct EndVisitDialog: ChoiceDialog {
    static let title = LocalizedText(zh: "结束上门", en: "end the visit")
    static let options = EndReason.allCases

    var visit: VisitState
    var choice = ChoiceList(count: EndReason.allCases.count)

    init(visit: VisitState) { self.visit = visit }

    static func letter(of option: EndReason) -> Character { option.shortcut }
    static func label(of option: EndReason, in language: Language) -> String { option.label[language] }
    func heading(_ context: DeskContext) -> String { context.text(UIText.endVisitTitle[visit.role]) }
    func shownLabel(of option: EndReason, in language: Language) -> String { option.label(for: visit.role)[language] }

    func chosen(_ reason: EndReason, _ context: DeskContext) -> [Effect] {
        [.dismiss, .write(StoreWrite(visitID: visit.id, kind: .ended(reason: reason), known: visit))]
    }
}
