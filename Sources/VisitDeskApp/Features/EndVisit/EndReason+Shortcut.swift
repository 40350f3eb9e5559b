import VisitDesk

extension EndReason {
    /// The letter that picks this reason in the end-visit dialog.
    var shortcut: Character {
        switch self {
        case .completed: "c"
        case .askedToLeave: "a"
        case .noContact: "n"
        case .aborted: "b"
        }
    }
}
