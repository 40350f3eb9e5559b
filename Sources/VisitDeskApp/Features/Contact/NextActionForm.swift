import TUI
import VisitDesk

/// The next action set by hand: what (call, visit, check a payment), on which day, and a note.
enum NextActionForm {
    static let kindField = 0, dayField = 1, noteField = 2

    static func make(_ setting: CaseRecordForm.Setting) -> Form {
        let language = setting.language
        let current = setting.file.records.nextAction?.value
        let kinds = NextActionKind.allCases
        return Form(fields: [
            FormField(label: UIText.kind[language],
                      kind: .choice(options: kinds.map { $0.label[language] }, selected: current.flatMap { kinds.firstIndex(of: $0.kind) } ?? 0)),
            FormField(label: UIText.day[language], kind: .text(LineEditor("+1d")), isPrefilled: true),
            FormField(label: UIText.note[language], kind: .text(LineEditor())),
        ])
    }

    static func parse(_ form: inout Form, _ setting: CaseRecordForm.Setting) -> CaseEventKind? {
        let language = setting.language
        let day = form.read(dayField, language) { text throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.futureDay(text, today: setting.today) }
        let note = form.read(noteField, language) { text throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text(text) }
        let kinds = NextActionKind.allCases
        guard let day, let note else { return nil }
        return .nextActionSet(NextAction(day: day, kind: kinds[min(form.choice(at: kindField), kinds.count - 1)], note: note))
    }
}
