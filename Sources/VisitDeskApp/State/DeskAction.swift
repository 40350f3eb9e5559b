/// What a key asks the desk to do. The keymap maps keys to these; `update` carries them out.
enum DeskAction: Hashable, Sendable {
    case help, quit, toggleLanguage, redraw
    case focusNext, focusPrevious, focusPane(DeskPane)
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case search
    case openCase, startVisit
    case nextStage, previousStage
    case toggleDone, skipItem, notApplicable
    case undo
    case newNote, newNoteInEditor
    case recordOutcome, endVisit
    case showSummary, writeSummary, printSummary
    case caseHistory, allHistory, openReview
    case toggleReveal
    case back
}

/// The four panes of the desk, in Tab order.
enum DeskPane: Int, CaseIterable, Sendable {
    case cases = 1, stage, checklist, notes
}
