import TUI
import VisitDesk

/// The start-visit form over the desk: role, playbook, visitors, location. It stays open until
/// the store has the visit, so a refused start loses nothing typed.
struct StartVisitDialog: FormDialog {
    static let title = LocalizedText(zh: "开始上门", en: "start a visit")

    /// The case the visit is for, chosen when the form opened.
    var caseID: Int64
    var form: Form

    init(caseID: Int64, language: Language, playbooks: PlaybookLibrary) {
        self.caseID = caseID
        form = StartVisitForm.make(language: language, playbooks: playbooks)
    }

    /// Takes the place and visitors of the case's appointment (see `StartVisitForm.appointment`)
    /// when the case's records are known and nothing has been typed yet.
    mutating func fill(from records: CaseRecords, today: CalendarDay) {
        guard let appointment = StartVisitForm.appointment(in: records, today: today) else { return }
        StartVisitForm.prefill(&form, from: appointment)
    }

    init(caseID: Int64, form: Form) {
        self.caseID = caseID
        self.form = form
    }

    var keptForm: KeptForm? {
        KeptForm(caseID: caseID, draft: FormDraft(kind: .startVisit, values: form.values, focus: form.focus))
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        let before = form
        let event = FormKeys.apply(action, to: &form)
        StartVisitForm.follow(&form, playbooks: context.playbooks, language: context.language)
        switch event {
        case .cancel?: return [.dismiss]
        case .submit?: return submit(context)
        case nil:
            if form.values != before.values {
                FormKeys.refreshFocusedError(&form) { form in
                    if case .failure(let refused) = StartVisitForm.parse(form, playbooks: context.playbooks, language: context.language) { refused.form } else { nil }
                }
            }
            return []
        }
    }

    private mutating func submit(_ context: DeskContext) -> [Effect] {
        switch StartVisitForm.parse(form, playbooks: context.playbooks, language: context.language) {
        case .failure(let withErrors):
            form = withErrors.form
            return []
        case .success(let request):
            return [.startVisit(caseID: caseID, role: request.role, playbookID: request.playbookID,
                                visitors: request.visitors, location: request.location)]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let role = StartVisitForm.role(of: form)
        FormKeys.render(form, title: context.text(UIText.startVisitTitle[role]), hint: context.text(UIText.startVisitKeys[role]),
                        over: context.area, into: &buffer)
    }
}
