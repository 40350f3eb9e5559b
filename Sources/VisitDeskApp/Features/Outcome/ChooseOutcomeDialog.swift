import TUI
import VisitDesk

/// Which outcome to record: a list with a letter per outcome; one without fields is
/// recorded at once, the others open their form.
struct ChooseOutcomeDialog: Dialog {
    typealias Action = ChoiceList.Action

    static let title = LocalizedText(zh: "选择结果", en: "choose the outcome")

    var visit: VisitState
    var loanCase: LoanCase
    var choice = ChoiceList(count: OutcomeCode.allCases.count)

    init(visit: VisitState, loanCase: LoanCase) {
        self.visit = visit
        self.loanCase = loanCase
    }

    static func keymap(_ language: Language) -> [KeyBinding<ChoiceList.Action>] {
        ChoiceList.keymap(letters: OutcomeCode.allCases.map(\.shortcut), labels: OutcomeCode.allCases.map { $0.label[language] },
                          language: language)
    }

    mutating func handle(_ action: ChoiceList.Action, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch choice.apply(action) {
        case .stays: return []
        case .cancelled: return [.dismiss]
        case .chosen(let index):
            let code = OutcomeCode.allCases[index]
            let form = OutcomeFormDialog(visit: visit, code: code, loanCase: loanCase, language: context.language)
            if form.form.fields.isEmpty {
                return form.submitted(context)
            }
            return [.dismiss, .present(DialogBox(form))]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let role = context.session?.visit?.role ?? .agent
        let options = OutcomeCode.allCases.map { "\($0.label(for: role)[context.language]) (\($0.shortcut))" }
        choice.render(options: options, title: context.text(UIText.outcome), hint: context.text(UIText.chooseOutcomeTitle[context.session?.visit?.role]),
                      over: context.area, into: &buffer)
    }
}
