import Foundation
import TUI
import VisitDesk

/// What keeps typed text from being lost: a note or form closes only once the store has
/// what it asked for, a note whose visit ends elsewhere stays as that visit's draft, and
/// a signal that ends the desk keeps the note and the open form first.
extension AppState {
    /// The visit whose draft the note being typed is: the shown visit, even once it has
    /// been ended elsewhere (the text is then kept as its draft).
    var noteDraftVisitID: Int64? {
        guard noteEditor != nil else { return nil }
        return openCase?.visit?.id
    }

    /// The case an open dialog with typed fields belongs to, and its draft.
    var openFormDraft: (caseID: Int64, draft: FormDraft)? {
        guard let modal, let draft = FormDraft(modal) else { return nil }
        let caseID: Int64? = switch draft.kind {
        case .startVisit: cases.selectedCase?.id
        case .outcome, .skipReason: openCase?.loanCase.id
        }
        return caseID.map { ($0, draft) }
    }

    /// Closes the note or dialog whose event just landed in the store.
    mutating func closeWhatAskedFor(_ kind: VisitEventKind, in visitID: Int64) -> [Effect] {
        switch kind {
        case .noteAdded(_, let text):
            guard let editor = noteEditor, editor.text.trimmingCharacters(in: .whitespacesAndNewlines) == text else { return [] }
            noteEditor = nil
            draftSavedText = nil
            return [.clearDraft(visitID: visitID)]
        case .outcomeRecorded:
            switch modal {
            case .outcomeForm?, .chooseOutcome?: modal = nil
            default: break
            }
        case .itemMarked(let itemID, .skipped):
            if case .skipReason(itemID, _)? = modal { modal = nil }
        default:
            break
        }
        return []
    }

    /// After a refresh: if the visit the note was being typed in has been ended by
    /// another program, the note stays on screen, is saved as that visit's draft, and
    /// the user is told.
    mutating func keepNoteOfVisitEndedElsewhere(_ typingInVisit: Int64?) -> [Effect] {
        guard let typingInVisit, let visit = openCase?.visit, visit.id == typingInVisit, visit.isEnded,
              let editor = noteEditor else { return [] }
        message = StatusMessage(text: text(UIText.visitEndedElsewhere), isError: true)
        return [.saveDraft(visitID: visit.id, text: editor.text)]
    }

    /// Offers again a dialog kept when the desk was last ended by a signal, if it still
    /// fits the case (a start-visit form without an open visit, the others with one).
    mutating func offerKeptForm(caseID: Int64, encoded: String) -> [Effect] {
        guard modal == nil, noteEditor == nil, let open = openCase, open.loanCase.id == caseID,
              let draft = FormDraft(encoded: encoded) else { return [] }
        let fits = switch draft.kind {
        case .startVisit: liveVisit == nil && cases.selectedCase?.id == caseID
        case .outcome, .skipReason: liveVisit != nil
        }
        guard fits else { return [] }
        modal = draft.dialog(for: open.loanCase, language: language)
        message = StatusMessage(text: text(UIText.formRestored), isError: false)
        return [.clearFormDraft(caseID: caseID)]
    }

    /// The writes that keep the note being typed and the open dialog before the desk ends.
    func keepEverythingTyped() -> [Effect] {
        var effects: [Effect] = []
        if let visitID = noteDraftVisitID, let editor = noteEditor, !editor.text.isEmpty {
            effects.append(.saveDraft(visitID: visitID, text: editor.text))
        }
        if let (caseID, draft) = openFormDraft {
            effects.append(.saveFormDraft(caseID: caseID, form: draft.encoded))
        }
        return effects
    }
}
