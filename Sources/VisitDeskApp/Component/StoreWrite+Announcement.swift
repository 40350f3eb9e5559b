import VisitDesk

extension StoreWrite {
    /// What the status line says once the store has this write: "✓ 出示工作证",
    /// "undone: ✓ 出示工作证", the stage entered, the outcome recorded… `visit` is the visit
    /// as the store folded it with the write.
    func announcement(_ visit: VisitState, playbook: Playbook?, language: Language) -> String {
        Self.describe(kind, in: visit, playbook: playbook, language: language)
    }

    private static func describe(_ kind: VisitEventKind, in visit: VisitState, playbook: Playbook?, language: Language) -> String {
        let t = { (text: LocalizedText) in text[language] }
        switch kind {
        case .itemMarked(let itemID, let mark):
            let item = SafeText.neutralised(playbook?.item(itemID)?.text[language] ?? itemID)
            switch mark {
            case .done: return "✓ " + item
            case .pending: return t(UIText.markPendingAgain) + item
            case .skipped(let reason): return t(UIText.markSkipped) + item + " — " + SafeText.neutralised(reason)
            case .notApplicable: return t(UIText.markNotApplicable) + item
            }
        case .stageEntered(let stageID):
            let stages = playbook?.stages ?? []
            let index = stages.firstIndex { $0.id == stageID }
            let title = SafeText.neutralised(index.map { stages[$0].title[language] } ?? stageID)
            return t(UIText.stageEntered((index ?? 0) + 1, of: stages.count, title))
        case .noteAdded:
            return t(UIText.noteSaved)
        case .noteAmended:
            return t(UIText.noteAmended)
        case .outcomeRecorded(let outcome):
            return t(UIText.outcomeRecorded) + SafeText.neutralised(OutcomeText.describe(outcome, role: visit.role, language: language))
        case .personalDataRevealed:
            return t(UIText.personalDataShown)
        case .personalDataHidden:
            return t(UIText.personalDataHidden)
        case .ended(let reason):
            return t(UIText.visitEnded) + reason.label(for: visit.role)[language]
        case .addendumAdded:
            return t(UIText.addendumSaved)
        case .visitorsChanged, .statementRecorded, .evidenceAttached:
            // Named as the review's timeline names them.
            return SafeText.neutralised(EventText.describe(kind, playbook: playbook, role: visit.role, language: language))
        case .started:
            return t(UIText.visitStarted)
        case .undone(let sequence):
            guard let undone = visit.events.first(where: { $0.sequence == sequence }) else { return t(UIText.undone) + "#\(sequence)" }
            // An item names its mark as a tick does; anything else as the review's timeline names it.
            if case .itemMarked = undone.kind {
                return t(UIText.undone) + describe(undone.kind, in: visit, playbook: playbook, language: language)
            }
            return t(UIText.undone) + SafeText.neutralised(EventText.describe(undone.kind, playbook: playbook, role: visit.role, language: language))
        }
    }
}
