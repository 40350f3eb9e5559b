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
        switch self {
        case .started(_, let playbookID, let visitors, let location):
            [("playbook id", playbookID, []), ("location", location, [])]
                + visitors.enumerated().flatMap { index, visitor in
                    [("visitors[\(index + 1)].name", visitor.name, []), ("visitors[\(index + 1)].badge", visitor.badge, [])]
                }
        case .stageEntered(let stageID):
            [("stage id", stageID, [])]
        case .itemMarked(let itemID, let mark):
            if case .skipped(let reason) = mark {
                [("item id", itemID, []), ("skip reason", reason, [])]
            } else {
                [("item id", itemID, [])]
            }
        case .noteAdded(let noteID, let text), .noteAmended(let noteID, let text):
            [("note id", noteID, []), ("note", text, .newline)]
        case .outcomeRecorded(let outcome):
            outcome.text.map { [("outcome \($0.field)", $0.text, [])] } ?? []
        case .personalDataRevealed, .personalDataHidden, .ended, .undone:
            []
        }
    }
}

private extension Outcome {
    /// The free text an outcome carries, if any, and what the form calls it.
    var text: (field: String, text: String)? {
        switch self {
        case .refusedToPay(let reason), .disputed(let reason): ("reason", reason)
        case .hardship(let note), .wrongAddress(let note), .rescheduled(_, let note): ("note", note)
        case .thirdPartyOnly(let who): ("who", who)
        case .promiseToPay, .planAgreed, .paidInFull, .partialPayment, .noContact, .askedToLeave: nil
        }
    }
}
