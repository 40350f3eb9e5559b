import VisitDesk

extension CaseWrite {
    /// What the status line says once the store has this write: "已记录联系：电话 · 已接通",
    /// "appointment A1 recorded: 2026-12-05 14:30 · confirmed"…
    func announcement(_ language: Language, clock: VisitClock) -> String {
        let t = { (text: LocalizedText) in text[language] }
        switch kind {
        case .contactAttempted(let attempt):
            return t(UIText.contactRecorded) + "\(t(attempt.channel.label)) · \(t(attempt.result.label))"
        case .appointmentSet(let appointment):
            let confirmed = t(appointment.confirmed ? UIText.confirmed : UIText.notConfirmed)
            return SafeText.neutralised(t(UIText.appointmentRecorded(appointment.id)) + "\(appointment.day) \(appointment.time) · \(confirmed)")
        case .appointmentCancelled(let appointmentID, _):
            return SafeText.neutralised(t(UIText.appointmentCancelled(appointmentID)))
        case .nextActionSet(let action):
            return t(UIText.nextActionRecorded) + "\(t(action.kind.label)) \(action.day)"
        case .obligationMarked(let obligationID, let state, _):
            return SafeText.neutralised(t(UIText.obligationMarked(obligationID)) + t(state.label))
        case .paymentPosted, .evidenceAttached:
            // Not written from the case-record dialogs; named as the history names them.
            return SafeText.neutralised(CaseEventText.describe(kind, language: language, clock: clock))
        }
    }
}
