import TUI
import VisitDesk

/// The fields of one outcome, with an error beside each that is wrong; it stays open until
/// the store has the outcome. A plan shows, as it is typed, the share of the stated monthly
/// income its instalment takes and the rules' affordability warning.
struct OutcomeFormDialog: FormDialog {
    static let title = LocalizedText(zh: "记录结果", en: "record the outcome")

    var visit: VisitState
    var code: OutcomeCode
    var caseID: Int64?
    /// What the case owes: a promise or plan above it is refused.
    var outstanding: Money
    var form: Form

    init(visit: VisitState, code: OutcomeCode, loanCase: LoanCase, language: Language) {
        self.init(visit: visit, code: code, loanCase: loanCase, form: OutcomeForm.make(code, loanCase: loanCase, language: language))
    }

    init(visit: VisitState, code: OutcomeCode, loanCase: LoanCase, form: Form) {
        self.visit = visit
        self.code = code
        self.caseID = loanCase.id
        self.outstanding = loanCase.outstanding
        self.form = form
    }

    var keptForm: KeptForm? {
        caseID.map { KeptForm(caseID: $0, draft: FormDraft(kind: .outcome(code), values: form.values, focus: form.focus)) }
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        let before = form
        switch FormKeys.apply(action, to: &form) {
        case .cancel?: return [.dismiss]
        case .submit?:
            switch OutcomeForm.parse(code, form, today: today(context), outstanding: outstanding, language: context.language) {
            case .failure(let withErrors):
                form = withErrors.form
                return []
            case .success(let outcome):
                return [record(outcome)]
            }
        case nil:
            guard form.values != before.values else { return [] }
            OutcomeForm.showMethodDescription(&form, code: code, language: context.language)
            let (code, today, outstanding) = (code, today(context), outstanding)
            FormKeys.refreshFocusedError(&form) { form in
                if case .failure(let refused) = OutcomeForm.parse(code, form, today: today, outstanding: outstanding,
                                                                   language: context.language) { refused.form } else { nil }
            }
            return []
        }
    }

    /// Records an outcome that has no fields to fill.
    func submitted(_ context: DeskContext) -> [Effect] {
        guard case .success(let outcome) = OutcomeForm.parse(code, form, today: today(context), outstanding: outstanding,
                                                             language: context.language) else { return [] }
        return [record(outcome)]
    }

    private func today(_ context: DeskContext) -> CalendarDay { CalendarDay(context.now, in: context.clock.timeZone) }

    private func record(_ outcome: Outcome) -> Effect {
        .write(StoreWrite(visitID: visit.id, kind: .outcomeRecorded(outcome), known: visit, closes: .dialog))
    }

    /// The plan's share of the stated income and the affordability warning, while a plan with
    /// a stated income reads; nothing otherwise.
    func affordabilityNotes(_ context: DeskContext) -> [(text: String, role: StyleRole)] {
        guard code == .planAgreed,
              let plan = OutcomeForm.draftPlan(form, today: today(context), outstanding: outstanding, language: context.language),
              let share = SummaryFormat.affordabilityShare(of: plan) else { return [] }
        var notes = [(text: context.text(LocalizedText(zh: "每月还款占所述月收入：", en: "Monthly payment / stated income: ")) + share,
                      role: StyleRole.normal)]
        if let warning = context.rules.instalmentAboveIncomeShare(plan) {
            notes.append((text: "⚠ " + context.text(warning.text), role: .warning))
        }
        return notes
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        FormKeys.render(form, title: "\(context.text(UIText.outcome)) · \(code.label[context.language])",
                        hint: context.text(UIText.outcomeKeys), notes: affordabilityNotes(context), over: context.area, into: &buffer)
    }
}
