import TUI
import VisitDesk

/// The fields of one outcome, with an error beside each that is wrong; it stays open until
/// the store has the outcome.
struct OutcomeFormDialog: Dialog {
    typealias Action = FormAction

    static let title = LocalizedText(zh: "记录结果", en: "record the outcome")

    var visit: VisitState
    var code: OutcomeCode
    var caseID: Int64?
    var form: Form

    init(visit: VisitState, code: OutcomeCode, loanCase: LoanCase, language: Language) {
        self.init(visit: visit, code: code, caseID: loanCase.id, form: OutcomeForm.make(code, loanCase: loanCase, language: language))
    }

    init(visit: VisitState, code: OutcomeCode, caseID: Int64?, form: Form) {
        self.visit = visit
        self.code = code
        self.caseID = caseID
        self.form = form
    }

    static func keymap(_ language: Language) -> [KeyBinding<FormAction>] { FormKeys.keymap(language) }
    func isAvailable(_ action: FormAction, _ context: DeskContext) -> Bool { FormKeys.isAvailable(action, in: form) }
    func typing(_ key: Key) -> FormAction? { FormKeys.typing(key) }

    var keptForm: KeptForm? {
        caseID.map { KeptForm(caseID: $0, draft: FormDraft(kind: .outcome(code), values: form.values, focus: form.focus)) }
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch FormKeys.apply(action, to: &form) {
        case .cancel?: return [.dismiss]
        case .submit?:
            switch OutcomeForm.parse(code, form, today: CalendarDay(context.now, in: context.clock.timeZone), language: context.language) {
            case .failure(let withErrors):
                form = withErrors.form
                return []
            case .success(let outcome):
                return [record(outcome)]
            }
        case nil: return []
        }
    }

    /// Records an outcome that has no fields to fill.
    func submitted(_ context: DeskContext) -> [Effect] {
        guard case .success(let outcome) = OutcomeForm.parse(code, form, today: CalendarDay(context.now, in: context.clock.timeZone),
                                                             language: context.language) else { return [] }
        return [record(outcome)]
    }

    private func record(_ outcome: Outcome) -> Effect {
        .write(StoreWrite(visitID: visit.id, kind: .outcomeRecorded(outcome), known: visit, closes: .dialog))
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        FormKeys.render(form, title: "\(context.text(UIText.outcome)) · \(code.label[context.language])",
                        hint: context.text(UIText.outcomeKeys), over: context.area, into: &buffer)
    }
}
