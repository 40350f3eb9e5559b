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
    /// A key of the open print dialog (`PrintKeys`).
    case printDialog(PrintDialogAction)
}

extension DeskAction {
    /// The same movement seen from the bottom of a list pinned to its newest line.
    var reversedScroll: DeskAction {
        switch self {
        case .moveDown: .moveUp
        case .moveUp: .moveDown
        case .top: .bottom
        case .bottom: .top
        case .pageDown: .pageUp
        case .pageUp: .pageDown
        default: self
        }
    }
}

/// The four panes of the desk, in Tab order.
enum DeskPane: Int, CaseIterable, Sendable {
    case cases = 1, stage, checklist, notes
}
