import VisitDesk

extension VisitEventKind {
    /// Whether this event can change what the case list shows of its case: the open-visit
    /// mark, the status, the last outcome or the next action.
    var changesCaseStanding: Bool {
        switch self {
        case .outcomeRecorded, .ended, .undone: true
        default: false
        }
    }
}
