import TUI
import VisitDesk

/// The debtor's account, from the agent's conversation: the reason they give for the arrears
/// (a choice, and their words), and their attitude. Saving appends `statementRecorded`, shown
/// in the summary and the record; it stays open until the store has it.
struct StatementDialog: FormDialog {
    static let title = LocalizedText(zh: "债务人的陈述", en: "the debtor's account")

    static let reasonField = 0, detailField = 1, attitudeField = 2

    var visit: VisitState
    var form: Form

    init(visit: VisitState, language: Language) {
        self.visit = visit
        let earlier = visit.statement
        form = Form(fields: [
            FormField(label: UIText.arrearsReason[language], kind: .choice(
                options: ArrearsReason.allCases.map { $0.label[language] },
                selected: earlier.flatMap { ArrearsReason.allCases.firstIndex(of: $0.reason) } ?? 0)),
            FormField(label: UIText.inTheirWords[language], kind: .text(LineEditor(earlier?.detail ?? ""))),
            FormField(label: UIText.attitude[language], kind: .choice(
                options: DebtorAttitude.allCases.map { $0.label[language] },
                selected: earlier.flatMap { DebtorAttitude.allCases.firstIndex(of: $0.attitude) } ?? 0)),
        ])
    }

    var keptForm: KeptForm? {
        KeptForm(caseID: visit.caseID, draft: FormDraft(kind: .statement, values: form.values, focus: form.focus))
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch FormKeys.apply(action, to: &form) {
        case .cancel?: return [.dismiss]
        case .submit?: return submit(context)
        case nil: return []
        }
    }

    /// The account the form holds.
    var statement: DebtorStatement {
        DebtorStatement(reason: ArrearsReason.allCases[min(form.choice(at: Self.reasonField), ArrearsReason.allCases.count - 1)],
                        detail: form.text(at: Self.detailField).trimmingCharacters(in: .whitespaces),
                        attitude: DebtorAttitude.allCases[min(form.choice(at: Self.attitudeField), DebtorAttitude.allCases.count - 1)])
    }

    private mutating func submit(_ context: DeskContext) -> [Effect] {
        if let unsafe = SafeText.firstUnsafeCharacter(in: form.text(at: Self.detailField)) {
            form.fields[Self.detailField].error = LocalizedText(
                zh: "第 \(unsafe.column) 个字符是控制字符 \(unsafe.name)，请删除",
                en: "character \(unsafe.column) is the control character \(unsafe.name); remove it")[context.language]
            return []
        }
        return [.write(StoreWrite(visitID: visit.id, kind: .statementRecorded(statement), known: visit, closes: .dialog))]
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        FormKeys.render(form, title: context.text(UIText.statementTitle), hint: context.text(UIText.statementKeys),
                        over: context.area, into: &buffer)
    }
}
