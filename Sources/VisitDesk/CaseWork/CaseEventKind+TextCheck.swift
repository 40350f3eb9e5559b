extension CaseEventKind {
    /// The first text of the event that holds a character no stored text may hold (see
    /// `SafeText.isUnsafe`), with the name of its field; nil when every text is safe.
    /// A contact's note may hold line breaks; no text may hold a tab.
    public func firstUnsafeText() -> (field: String, character: SafeText.UnsafeCharacter)? {
        for (field, text, allowance) in texts {
            if let character = SafeText.firstUnsafeCharacter(in: text, allowing: allowance) {
                return (field, character)
            }
        }
        return nil
    }

    private var texts: [(String, String, SafeText.Allowance)] {
        switch self {
        case .contactAttempted(let attempt):
            return [("note", attempt.note, .newline)]
        case .appointmentSet(let appointment):
            return [("appointment id", appointment.id, []), ("time", appointment.time, []), ("place", appointment.place, [])]
                + appointment.visitors.texts
        case .appointmentCancelled(let appointmentID, let reason):
            return [("appointment id", appointmentID, []), ("reason", reason, [])]
        case .nextActionSet(let action):
            return [("note", action.note, [])]
        case .paymentPosted(let payment):
            return [("source", payment.source, [])]
        case .obligationMarked(let obligationID, _, let reason, _):
            return [("obligation id", obligationID, []), ("reason", reason, [])]
        case .evidenceAttached(let attachment):
            return attachment.texts
        }
    }
}

extension Attachment {
    /// Every text of the attachment with the name of its field.
    var texts: [(String, String, SafeText.Allowance)] {
        [("file name", name, []), ("type", type, []), ("sha256", sha256, []), ("caption", caption, [])]
    }
}
