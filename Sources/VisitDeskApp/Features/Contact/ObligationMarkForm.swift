import TUI
import VisitDesk

/// A hand mark on one of the case's obligations: which one (with its due day, amount and
/// state today), the state it is marked (kept, partly kept, broken, or pending again) and the
/// reason, which is required. The mark then overrides the payment rule for it.
enum ObligationMarkForm {
    static let whichField = 0, stateField = 1, reasonField = 2
    /// The states offered, the usual hand decision first.
    static let states: [ObligationState] = [.kept, .partlyKept, .broken, .pending]

    static func make(_ setting: CaseRecordForm.Setting) -> Form {
        let language = setting.language
        let options = setting.file.obligations.map {
            SafeText.neutralised(CaseEventText.obligationText($0, today: setting.today, language: language))
        }
        return Form(fields: [
            FormField(label: UIText.obligation[language], kind: .choice(options: options, selected: 0)),
            FormField(label: UIText.newState[language], kind: .choice(options: states.map { $0.label[language] }, selected: 0)),
            FormField(label: UIText.reasonField[language], kind: .text(LineEditor())),
        ])
    }

    static func parse(_ form: inout Form, _ setting: CaseRecordForm.Setting) -> CaseEventKind? {
        let obligations = setting.file.obligations
        let index = form.choice(at: whichField)
        let reason = form.read(reasonField, setting.language) { text throws(CaseRecordEntry.Refusal) in
            try CaseRecordEntry.text(text, required: true)
        }
        guard obligations.indices.contains(index) else {
            form.fields[whichField].error = UIText.noObligationToMark[setting.language]
            return nil
        }
        guard let reason else { return nil }
        return .obligationMarked(obligationID: obligations[index].id, state: states[min(form.choice(at: stateField), states.count - 1)],
                                 reason: reason)
    }
}
