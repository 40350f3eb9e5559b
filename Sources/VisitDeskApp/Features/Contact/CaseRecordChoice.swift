import VisitDesk

/// What `c` can record on a case, each with its letter in the choice dialog.
enum CaseRecordChoice: CaseIterable {
    case contactAttempt, appointment, nextAction, cancelAppointment, markObligation

    var letter: Character {
        switch self {
        case .contactAttempt: "c"
        case .appointment: "a"
        case .nextAction: "n"
        case .cancelAppointment: "x"
        case .markObligation: "m"
        }
    }

    var label: LocalizedText {
        switch self {
        case .contactAttempt: UIText.contactAttemptChoice
        case .appointment: UIText.appointmentChoice
        case .nextAction: UIText.nextActionChoice
        case .cancelAppointment: UIText.cancelAppointmentChoice
        case .markObligation: UIText.markObligationChoice
        }
    }

    /// The form it opens.
    var form: CaseRecordForm {
        switch self {
        case .contactAttempt: .contactAttempt
        case .appointment: .appointment
        case .nextAction: .nextAction
        case .cancelAppointment: .cancelAppointment
        case .markObligation: .obligationMark
        }
    }
}
