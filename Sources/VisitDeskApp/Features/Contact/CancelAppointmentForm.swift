import TUI
import VisitDesk

/// Cancelling a standing appointment, with the reason (required).
enum CancelAppointmentForm {
    static let whichField = 0, reasonField = 1

    /// The appointments that can be cancelled: standing ones from today on.
    static func choices(_ records: CaseRecords, today: CalendarDay) -> [Appointment] {
        AppointmentForm.upcoming(records, today: today)
    }

    static func make(_ setting: CaseRecordForm.Setting) -> Form {
        let language = setting.language
        let options = choices(setting.file.records, today: setting.today).map {
            SafeText.neutralised(CaseEventText.appointmentText($0, language: language))
        }
        return Form(fields: [
            FormField(label: UIText.appointment[language], kind: .choice(options: options, selected: 0)),
            FormField(label: UIText.reasonField[language], kind: .text(LineEditor())),
        ])
    }

    static func parse(_ form: inout Form, _ setting: CaseRecordForm.Setting) -> CaseEventKind? {
        let choices = choices(setting.file.records, today: setting.today)
        let index = form.choice(at: whichField)
        let reason = form.read(reasonField, setting.language) { text throws(CaseRecordEntry.Refusal) in
            try CaseRecordEntry.text(text, required: true)
        }
        guard choices.indices.contains(index) else {
            form.fields[whichField].error = UIText.noAppointmentToCancel[setting.language]
            return nil
        }
        guard let reason else { return nil }
        return .appointmentCancelled(appointmentID: choices[index].id, reason: reason)
    }
}
