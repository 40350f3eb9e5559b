import TUI
import VisitDesk

/// Corrects who came, during the visit: the visitors field again, filled with the list as it
/// stands (`name[/badge], …`). Saving appends `visitorsChanged`; the start stays in the record.
/// It stays open until the store has the change.
struct VisitorsDialog: FormDialog {
    static let title = LocalizedText(zh: "更正人员", en: "correct the visitors")

    var visit: VisitState
    var form: Form

    init(visit: VisitState, language: Language) {
        self.visit = visit
        form = Form(fields: [FormField(label: UIText.visitorsField[visit.role][language],
                                       kind: .text(LineEditor(VisitorList.typed(visit.visitors))))])
    }

    var keptForm: KeptForm? {
        KeptForm(caseID: visit.caseID, draft: FormDraft(kind: .visitors, values: form.values, focus: form.focus))
    }

    static func keymap(_ language: Language) -> [KeyBinding<FormAction>] {
        FormKeys.keymap(language).filter { $0.action != .nextOption && $0.action != .previousOption }
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        switch FormKeys.apply(action, to: &form) {
        case .cancel?: return [.dismiss]
        case .submit?: return submit(context)
        case nil: return []
        }
    }

    private mutating func submit(_ context: DeskContext) -> [Effect] {
        let typed = form.text(at: 0)
        if let unsafe = SafeText.firstUnsafeCharacter(in: typed) {
            form.fields[0].error = LocalizedText(
                zh: "第 \(unsafe.column) 个字符是控制字符 \(unsafe.name)，请删除",
                en: "character \(unsafe.column) is the control character \(unsafe.name); remove it")[context.language]
            return []
        }
        switch VisitorList.parse(typed) {
        case .failure(let error):
            form.fields[0].error = error.message(context.language)
            return []
        case .success(let visitors):
            form.fields[0].error = nil
            guard visitors != visit.visitors else { return [.dismiss, .say(.info(context.text(UIText.visitorsUnchanged)))] }
            return [.write(StoreWrite(visitID: visit.id, kind: .visitorsChanged(visitors: visitors), known: visit, closes: .dialog))]
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        FormKeys.render(form, title: context.text(UIText.correctVisitors[visit.role]), hint: context.text(UIText.visitorsKeys),
                        over: context.area, into: &buffer)
    }
}
