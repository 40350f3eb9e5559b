import Foundation
import TUI
import VisitDesk

extension CaseRecordForm {
    /// What a form reads its values against.
    struct Setting {
        var file: CaseFile
        var language: Language
        var now: Date
        var timeZone: TimeZone
        var rules: RuleConfig

        var today: CalendarDay { CalendarDay(now, in: timeZone) }
    }

    func make(_ setting: Setting) -> Form {
        switch self {
        case .contactAttempt: ContactAttemptForm.make(setting)
        case .appointment: AppointmentForm.make(setting)
        case .nextAction: NextActionForm.make(setting)
        case .cancelAppointment: CancelAppointmentForm.make(setting)
        case .obligationMark: ObligationMarkForm.make(setting)
        }
    }

    /// Keeps dependent fields in step after a key (the appointment chosen fills its fields).
    func follow(_ form: inout Form, from before: Form, _ setting: Setting) {
        if self == .appointment { AppointmentForm.follow(&form, from: before, setting) }
    }

    /// The event to record, or the form with an error beside each bad field.
    func parse(_ form: Form, _ setting: Setting) -> Result<CaseEventKind, FormWithErrors> {
        var form = form
        for index in form.fields.indices { form.fields[index].error = nil }
        let kind: CaseEventKind?
        switch self {
        case .contactAttempt: kind = ContactAttemptForm.parse(&form, setting)
        case .appointment: kind = AppointmentForm.parse(&form, setting)
        case .nextAction: kind = NextActionForm.parse(&form, setting)
        case .cancelAppointment: kind = CancelAppointmentForm.parse(&form, setting)
        case .obligationMark: kind = ObligationMarkForm.parse(&form, setting)
        }
        guard let kind, form.fields.allSatisfy({ $0.error == nil }) else { return .failure(FormWithErrors(form)) }
        return .success(kind)
    }

    var title: LocalizedText {
        switch self {
        case .contactAttempt: UIText.contactAttemptChoice
        case .appointment: UIText.appointment
        case .nextAction: UIText.nextActionChoice
        case .cancelAppointment: UIText.cancelAppointmentChoice
        case .obligationMark: UIText.markObligationChoice
        }
    }

    var keys: LocalizedText {
        switch self {
        case .contactAttempt: UIText.contactFormKeys
        case .appointment: UIText.appointmentFormKeys
        case .nextAction: UIText.nextActionFormKeys
        case .cancelAppointment, .obligationMark: UIText.reasonFormKeys
        }
    }
}

extension Form {
    /// Reads the field at `index` with `read`; a refusal becomes the field's error (in `language`) and nil.
    mutating func read<Value>(_ index: Int, _ language: Language, _ read: (String) throws(CaseRecordEntry.Refusal) -> Value) -> Value? {
        do {
            return try read(text(at: index))
        } catch {
            fields[index].error = error.message[language]
            return nil
        }
    }
}
