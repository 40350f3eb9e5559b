import TUI
import VisitDesk

/// What keeps typed text from being lost: a note or form closes only once the store has
/// what it asked for, a note whose visit ends elsewhere stays as that visit's draft, and a
/// signal that ends the desk keeps the note and the open form first.
extension DeskState {
    /// Closes the note line or dialog whose event just landed in the store.
    mutating func closeWhatAskedFor(_ write: StoreWrite) -> [Effect] {
        switch write.closes {
        case .nothing:
            return []
        case .dialog:
            if !dialogs.isEmpty { dialogs.removeLast() }
            return []
        case .noteLine:
            switch write.kind {
            case .noteAdded(_, let text), .addendumAdded(_, let text):
                let effects = notes.saved(text, visitID: write.visitID)
                // The note line closed: back to the pane the note was begun from.
                if notes.editor == nil, focus == .notes { focus = notes.returnFocus }
                return effects
            default:
                return []
            }
        }
    }

    /// After a refresh: if the visit the note was being typed in has been ended by another
    /// program, the note stays on screen, is saved as that visit's draft, and the user is told.
    mutating func keepNoteOfVisitEndedElsewhere(_ typingInVisit: Int64?) -> [Effect] {
        guard let typingInVisit, let visit = session?.visit, visit.id == typingInVisit, visit.isEnded,
              let editor = notes.editor else { return [] }
        message = .error(text(UIText.visitEndedElsewhere))
        return [.saveDraft(visitID: visit.id, text: editor.text)]
    }

    /// Offers again a dialog kept when the desk was last ended by a signal, if it still fits
    /// the case (a start-visit form without an open visit, the others with one).
    mutating func offerKeptForm(caseID: Int64, encoded: String) -> [Effect] {
        guard dialogs.isEmpty, notes.editor == nil, let shown = session, shown.loanCase.id == caseID,
              let draft = FormDraft(encoded: encoded) else { return [] }
        let dialog: any Dialog
        switch (draft.kind, shown.liveVisit) {
        case (.startVisit, nil):
            guard caseList.selectedCase?.id == caseID else { return [] }
            // Filled twice: the playbook offered depend on the role the first fill chose.
            var form = draft.filled(StartVisitForm.make(language: language, playbooks: playbooks))
            StartVisitForm.follow(&form, playbooks: playbooks, language: language)
            form = draft.filled(form)
            dialog = StartVisitDialog(caseID: caseID, form: form)
        case (.outcome(let code), let visit?):
            dialog = OutcomeFormDialog(visit: visit, code: code, loanCase: shown.loanCase,
                                       form: OutcomeForm.restored(draft, code: code, loanCase: shown.loanCase, language: language))
        case (.skipReason(let itemID), let visit?):
            dialog = SkipReasonDialog(visit: visit, itemID: itemID, text: draft.values.first ?? "")
        case (.visitors, let visit?):
            var visitors = VisitorsDialog(visit: visit, language: language)
            visitors.form = draft.filled(visitors.form)
            dialog = visitors
        case (.caseRecord(let kind), _):
            let file = CaseFile(loanCase: shown.loanCase, records: shown.records, obligations: shown.obligations)
            let blank = CaseRecordFormDialog(file: file, kind: kind, language: language, now: now, timeZone: clock.timeZone, rules: rules.config)
            dialog = CaseRecordFormDialog(file: file, kind: kind, form: draft.filled(blank.form))
        case (.statement, let visit?):
            var statement = StatementDialog(visit: visit, language: language)
            statement.form = draft.filled(statement.form)
            dialog = statement
        case (.attachEvidence(let visitID), _):
            // Only for what it was typed for: the same visit (open or ended), or the case with no visit shown.
            guard visitID == shown.visit?.id else { return [] }
            var attach = AttachDialog(target: shown.visit.map { .visit($0) } ?? .loanCase(caseID: caseID), language: language)
            attach.form = draft.filled(attach.form)
            dialog = attach
        default:
            return []
        }
        dialogs.append(dialog)
        message = .info(text(UIText.formRestored))
        return [.clearFormDraft(caseID: caseID)]
    }

    /// The writes that keep the note being typed and the open dialog before the desk ends.
    func keepEverythingTyped() -> [Effect] {
        var effects: [Effect] = []
        if let visitID = session?.visit?.id, let editor = notes.editor, !editor.text.isEmpty {
            effects.append(.saveDraft(visitID: visitID, text: editor.text))
        }
        if let kept = dialogs.reversed().lazy.compactMap(\.keptForm).first {
            effects.append(.saveFormDraft(caseID: kept.caseID, form: kept.draft.encoded))
        }
        return effects
    }
}
