import VisitDesk

/// One line per case event, for the history and the status line: what was recorded on the
/// case outside its visits. Callers pass the line through `SafeText` before drawing it.
enum CaseEventText {
    /// `withContactTime`: a contact attempt names its own time (false where the line already starts with it).
    static func describe(_ kind: CaseEventKind, language: Language, clock: VisitClock, withContactTime: Bool = true) -> String {
        let t = { (text: LocalizedText) in text[language] }
        switch kind {
        case .contactAttempted(let attempt):
            let when = withContactTime ? " \(clock.dateTime(attempt.at))" : ""
            return t(UIText.contactLine) + "\(t(attempt.channel.label))\(when) · \(t(attempt.result.label))" + suffix(attempt.note)
        case .appointmentSet(let appointment):
            return t(UIText.appointmentLine) + appointmentText(appointment, language: language)
        case .appointmentCancelled(let appointmentID, let reason):
            return t(UIText.appointmentCancelled(appointmentID)) + suffix(reason)
        case .nextActionSet(let action):
            return t(UIText.nextActionLine) + "\(t(action.kind.label)) \(action.day)" + suffix(action.note)
        case .paymentPosted(let payment):
            return t(UIText.paymentLine) + "\(payment.amount.formatted) \(payment.day) (\(payment.source))"
        case .obligationMarked(let obligationID, let state, let reason, _):
            return t(UIText.obligationMarked(obligationID)) + t(state.label) + suffix(reason)
        case .evidenceAttached(let attachment):
            return t(UIText.evidenceLine) + AttachmentText.line(attachment)
        }
    }

    /// `A1 2026-12-05 14:30 · 幸福小区3栋 · 王磊/WF-0312 · 已确认`.
    static func appointmentText(_ appointment: Appointment, language: Language) -> String {
        var parts = ["\(appointment.id) \(appointment.day) \(appointment.time)"]
        if !appointment.place.isEmpty { parts.append(appointment.place) }
        if !appointment.visitors.isEmpty { parts.append(VisitorList.typed(appointment.visitors)) }
        parts.append((appointment.confirmed ? UIText.confirmed : UIText.notConfirmed)[language])
        return parts.joined(separator: " · ")
    }

    /// `Kept` etc. for an obligation with its due day, amount and what was paid: `V12-1 2026-12-01 ¥500.00 · 已违约`.
    static func obligationText(_ obligation: Obligation, today: CalendarDay, language: Language) -> String {
        var text = "\(obligation.id) \(obligation.due) \(obligation.amount.formatted) · \(obligation.state(on: today).label[language])"
        if obligation.paid > .zero { text += " · " + UIText.paid[language] + obligation.paid.formatted }
        if let reason = obligation.markReason { text += " (\(UIText.byHand[language]): \(reason))" }
        return text
    }

    /// The next action in effect as of `today`: `2026-12-05 check payment`, then `(3 days overdue)`
    /// once its day has passed — in the case details and atop `visitdesk records`.
    static func dueText(_ action: NextAction, today: CalendarDay, language: Language) -> String {
        let late = action.day.days(until: today)
        return "\(action.day) \(action.kind.label[language])" + (late > 0 ? UIText.nextActionOverdue(late)[language] : "")
    }

    /// `next action: 2026-12-05 check payment (3 days overdue) — note`, the line atop `visitdesk records`.
    static func nextActionInEffect(_ action: NextAction, today: CalendarDay, language: Language) -> String {
        UIText.nextActionLine[language] + dueText(action, today: today, language: language) + suffix(action.note)
    }

    private static func suffix(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "" : " — " + trimmed
    }

    /// What the desk and `visitdesk contact` say once the store has `kind`: "已记录联系：电话 · 已接通",
    /// "appointment A1 recorded: 2026-12-05 14:30 · confirmed"…
    static func announcement(_ kind: CaseEventKind, language: Language, clock: VisitClock) -> String {
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
        case .obligationMarked(let obligationID, let state, _, _):
            return SafeText.neutralised(t(UIText.obligationMarked(obligationID)) + t(state.label))
        case .paymentPosted, .evidenceAttached:
            // Not written from the case-record dialogs; named as the history names them.
            return SafeText.neutralised(describe(kind, language: language, clock: clock))
        }
    }
}
