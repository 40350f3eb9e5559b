import TUI
import VisitDesk

/// `c` on a case: what to record — a contact attempt, an appointment (new, changed or
/// confirmed), the next action, a cancelled appointment, or a hand mark on an obligation.
/// Each opens its form; one with nothing to choose from (no appointment, no obligation) says so.
struct CaseRecordChoiceDialog: ChoiceDialog {
    static let title = LocalizedText(zh: "记录到案件", en: "record on the case")
    static let options = CaseRecordChoice.allCases

    var file: CaseFile
    var choice = ChoiceList(count: CaseRecordChoice.allCases.count)

    init(file: CaseFile) { self.file = file }

    static func letter(of option: CaseRecordChoice) -> Character { option.letter }
    static func label(of option: CaseRecordChoice, in language: Language) -> String { option.label[language] }

    func heading(_ context: DeskContext) -> String {
        SafeText.neutralised("\(context.text(UIText.caseRecordTitle)) · \(file.loanCase.reference) \(file.loanCase.debtorName)")
    }

    func chosen(_ option: CaseRecordChoice, _ context: DeskContext) -> [Effect] {
        let today = CalendarDay(context.now, in: context.clock.timeZone)
        switch option.form {
        case .cancelAppointment where CancelAppointmentForm.choices(file.records, today: today).isEmpty:
            return [.dismiss, .say(.info(context.text(UIText.noAppointmentToCancel)))]
        case .obligationMark where file.obligations.isEmpty:
            return [.dismiss, .say(.info(context.text(UIText.noObligationToMark)))]
        default:
            let form = CaseRecordFormDialog(file: file, kind: option.form, language: context.language, now: context.now,
                                            timeZone: context.clock.timeZone, rules: context.rules.config)
            return [.dismiss, .present(DialogBox(form))]
        }
    }
}
