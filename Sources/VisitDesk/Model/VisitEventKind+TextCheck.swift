extension VisitEventKind {
    /// The first text of the event that holds a character no stored text may hold (see
    /// `SafeText.isUnsafe`), with the name of its field (`visitors[2].name`, `location`,
    /// `note`…); nil when every text is safe. A note may hold line breaks; no text may hold a tab.
    public func firstUnsafeText() -> (field: String, character: SafeText.UnsafeCharacter)? {
        for (field, text, allowance) in texts {
            if let character = SafeText.firstUnsafeCharacter(in: text, allowing: allowance) {
                return (field, character)
            }
        }
        return nil
    }

    /// Every text of the event, the name of its field and the line breaks it may hold.
    private var texts: [(String, String, SafeText.Allowance)] {
        let none: SafeText.Allowance = []
        switch self {
        case .started(_, let playbookID, let visitors, let location, _):
            return [("playbook id", playbookID, none), ("location", location, none)] + visitors.texts
        case .visitorsChanged(let visitors):
            return visitors.texts
        case .stageEntered(let stageID):
            return [("stage id", stageID, none)]
        case .itemMarked(let itemID, let mark):
            guard case .skipped(let reason) = mark else { return [("item id", itemID, none)] }
            return [("item id", itemID, none), ("skip reason", reason, none)]
        case .noteAdded(let noteID, let text), .noteAmended(let noteID, let text), .addendumAdded(let noteID, let text):
            return [("note id", noteID, none), ("note", text, .newline)]
        case .outcomeRecorded(let outcome):
            guard let text = outcome.text else { return [] }
            return [("outcome \(text.field)", text.text, none)]
        case .statementRecorded(let statement):
            return [("reason given", statement.detail, none)]
        case .evidenceAttached(let attachment):
            return attachment.texts
        case .personalDataRevealed, .personalDataHidden, .ended, .undone:
            return []
        }
    }

}

extension [Visitor] {
    /// Each visitor's name and badge with the name of its field (`visitors[2].name`), for the
    /// text checks of the events that carry visitors.
    var texts: [(String, String, SafeText.Allowance)] {
        enumerated().flatMap { index, visitor in
            [("visitors[\(index + 1)].name", visitor.name, SafeText.Allowance()),
             ("visitors[\(index + 1)].badge", visitor.badge, SafeText.Allowance())]
        }
    }
}

private extension Outcome {
    /// The free text an outcome carries, if any, and what the form calls it.
    var text: (field: String, text: String)? {
        switch self {
        case .refusedToPay(let reason), .disputed(let reason): ("reason", reason)
        case .hardship(let note), .wrongAddress(let note), .rescheduled(_, let note), .extensionAgreed(_, let note): ("note", note)
        case .thirdPartyOnly(let who): ("who", who)
        case .promiseToPay(_, _, let method), .paidInFull(_, let method), .partialPayment(_, let method):
            method.otherDescription.map { ("method", $0) }
        case .planAgreed(let plan): plan.method.otherDescription.map { ("method", $0) }
        case .noContact, .askedToLeave: nil
        }
    }
}
