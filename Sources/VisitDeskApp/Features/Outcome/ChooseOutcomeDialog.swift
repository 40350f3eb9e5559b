import TUI
import VisitDesk

/// Which outcome to record: a list with a letter per outcome; one without fields is
/// recorded at once, the others open their form.
struct ChooseOutcomeDialog: ChoiceDialog {
    static let title = LocalizedText(zh: "选择结果", en: "choose the outcome")
    static let options = OutcomeCode.allCases

    var visit: VisitState
    var loanCase: LoanCase
    var choice = ChoiceList(count: OutcomeCode.allCases.count)

    init(visit: VisitState, loanCase: LoanCase) {
        self.visit = visit
        self.loanCase = loanCase
    }

    static func letter(of option: OutcomeCode) -> Character { option.shortcut }
    static func label(of option: OutcomeCode, in language: Language) -> String { option.label[language] }
    func heading(_ context: DeskContext) -> String { context.text(UIText.outcome) }
    func hint(_ context: DeskContext) -> String? { context.text(UIText.chooseOutcomeTitle[visit.role]) }
    func shownLabel(of option: OutcomeCode, in language: Language) -> String { option.label(for: visit.role)[language] }

    func chosen(_ code: OutcomeCode, _ context: DeskContext) -> [Effect] {
        let form = OutcomeFormDialog(visit: visit, code: code, loanCase: loanCase, language: context.language)
        if form.form.fields.isEmpty { return form.submitted(context) }
        return [.dismiss, .present(DialogBox(form))]
    }
}
