import Foundation
import TUI
import VisitDesk

/// One of the case-record forms (`CaseRecordForm`) over the desk, with an error beside each
/// field that is wrong. It stays open until the store has the record, so a refusal loses
/// nothing typed; a desk ended by a signal keeps its fields for the case.
struct CaseRecordFormDialog: FormDialog {
    static let title = LocalizedText(zh: "案件记录表", en: "case record form")

    var file: CaseFile
    var kind: CaseRecordForm
    var form: Form

    init(file: CaseFile, kind: CaseRecordForm, language: Language, now: Date, timeZone: TimeZone, rules: RuleConfig) {
        self.file = file
        self.kind = kind
        form = kind.make(CaseRecordForm.Setting(file: file, language: language, now: now, timeZone: timeZone, rules: rules))
    }

    init(file: CaseFile, kind: CaseRecordForm, form: Form) {
        self.file = file
        self.kind = kind
        self.form = form
    }

    var keptForm: KeptForm? {
        KeptForm(caseID: file.caseID, draft: FormDraft(kind: .caseRecord(kind), values: form.values, focus: form.focus))
    }

    private func setting(_ context: DeskContext, now: Date) -> CaseRecordForm.Setting {
        CaseRecordForm.Setting(file: file, language: context.language, now: now, timeZone: context.clock.timeZone, rules: context.rules.config)
    }

    mutating func handle(_ action: FormAction, _ context: DeskContext, _ env: DeskEnvironment) -> [Effect] {
        let before = form
        let event = FormKeys.apply(action, to: &form)
        let setting = setting(context, now: env.now())
        kind.follow(&form, from: before, setting)
        switch event {
        case .cancel?: return [.dismiss]
        case .submit?:
            if context.isReadOnly { return [.say(.error(context.text(UIText.caseRecordsReadOnly)))] }
            switch kind.parse(form, setting) {
            case .failure(let withErrors):
                form = withErrors.form
                return []
            case .success(let record):
                return [.recordOnCase(CaseWrite(caseID: file.caseID, kind: record, knownEventCount: file.records.eventCount))]
            }
        case nil:
            if form.values != before.values {
                let kind = kind
                FormKeys.refreshFocusedError(&form) { form in
                    if case .failure(let refused) = kind.parse(form, setting) { refused.form } else { nil }
                }
            }
            return []
        }
    }

    func render(_ context: DeskContext, into buffer: inout CellBuffer) {
        let title = SafeText.neutralised("\(context.text(kind.title)) · \(file.loanCase.reference) \(file.loanCase.debtorName)")
        FormKeys.render(form, title: title, hint: context.text(kind.keys), over: context.area, into: &buffer)
    }
}
