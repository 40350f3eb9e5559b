import TUI
import VisitDesk

/// An appointment: which one (a standing upcoming one to change or confirm — the first is
/// offered —, or a new one), day, time within visiting hours, place (the case's address
/// unless changed), visitors as at the start of a visit, and whether the debtor confirmed.
/// Recording one under its id again replaces it.
enum AppointmentForm {
    static let whichField = 0, dayField = 1, timeField = 2, placeField = 3, visitorsField = 4, confirmedField = 5

    /// The appointments that can be changed: standing ones from today on, in time order.
    static func upcoming(_ records: CaseRecords, today: CalendarDay) -> [Appointment] {
        records.appointments.filter { $0.day >= today }
    }

    static func make(_ setting: CaseRecordForm.Setting) -> Form {
        let language = setting.language
        let upcoming = upcoming(setting.file.records, today: setting.today)
        let options = upcoming.map { SafeText.neutralised("\($0.id) \($0.day) \($0.time)") } + [UIText.newAppointment[language]]
        var form = Form(fields: [
            FormField(label: UIText.appointment[language], kind: .choice(options: options, selected: 0)),
            FormField(label: UIText.day[language], kind: .text(LineEditor())),
            FormField(label: UIText.time[language], kind: .text(LineEditor())),
            FormField(label: UIText.place[language], kind: .text(LineEditor())),
            FormField(label: UIText.appointmentVisitors[language], kind: .text(LineEditor())),
            FormField(label: UIText.confirmedField[language], kind: .choice(options: [UIText.no[language], UIText.yes[language]], selected: 0)),
        ])
        fill(&form, with: upcoming.first, setting)
        return form
    }

    /// The appointment the first field names, nil for a new one.
    static func chosen(_ form: Form, _ setting: CaseRecordForm.Setting) -> Appointment? {
        let upcoming = upcoming(setting.file.records, today: setting.today)
        let index = form.choice(at: whichField)
        return upcoming.indices.contains(index) ? upcoming[index] : nil
    }

    /// Choosing another appointment in the first field fills the others with it.
    static func follow(_ form: inout Form, from before: Form, _ setting: CaseRecordForm.Setting) {
        guard form.choice(at: whichField) != before.choice(at: whichField) else { return }
        fill(&form, with: chosen(form, setting), setting)
    }

    private static func fill(_ form: inout Form, with appointment: Appointment?, _ setting: CaseRecordForm.Setting) {
        func set(_ index: Int, _ text: String, prefilled: Bool) {
            form.fields[index].kind = .text(LineEditor(SafeText.neutralised(text)))
            form.fields[index].isPrefilled = prefilled
            form.fields[index].error = nil
        }
        if let appointment {
            set(dayField, appointment.day.description, prefilled: false)
            set(timeField, appointment.time, prefilled: false)
            set(placeField, appointment.place, prefilled: false)
            set(visitorsField, VisitorList.typed(appointment.visitors), prefilled: false)
            // Offered for confirming: "yes" is what a change of a standing appointment most often records.
            form.fields[confirmedField].kind = .choice(options: choiceOptions(form, confirmedField), selected: 1)
        } else {
            set(dayField, "+1d", prefilled: true)
            set(timeField, setting.rules.workdayStart.description, prefilled: true)
            set(placeField, setting.file.loanCase.address, prefilled: true)
            set(visitorsField, "", prefilled: false)
            form.fields[confirmedField].kind = .choice(options: choiceOptions(form, confirmedField), selected: 0)
        }
    }

    private static func choiceOptions(_ form: Form, _ index: Int) -> [String] {
        if case .choice(let options, _) = form.fields[index].kind { return options }
        return []
    }

    static func parse(_ form: inout Form, _ setting: CaseRecordForm.Setting) -> CaseEventKind? {
        let language = setting.language
        let day = form.read(dayField, language) { text throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.futureDay(text, today: setting.today) }
        let time = form.read(timeField, language) { text throws(CaseRecordEntry.Refusal) in
            try CaseRecordEntry.appointmentTime(text, rules: setting.rules)
        }
        let place = form.read(placeField, language) { text throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text(text, required: true) }
        let visitors = form.read(visitorsField, language) { text throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.visitors(text) }
        guard let day, let time, let place, let visitors else { return nil }
        let id = chosen(form, setting)?.id ?? setting.file.records.nextAppointmentID
        return .appointmentSet(Appointment(id: id, day: day, time: time, place: place, visitors: visitors,
                                           confirmed: form.choice(at: confirmedField) == 1))
    }
}
