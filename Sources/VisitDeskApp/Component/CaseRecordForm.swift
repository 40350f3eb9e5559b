/// The forms that record on a case (their fields and reading: `Features/Contact`); kept by
/// name in a `FormDraft` when the desk is ended by a signal.
enum CaseRecordForm: String, Codable, Hashable, CaseIterable {
    case contactAttempt, appointment, nextAction, cancelAppointment, obligationMark
}
