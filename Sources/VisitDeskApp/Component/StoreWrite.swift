import VisitDesk

/// One event for the store, with what the desk already knows of its visit and what happens
/// on screen once the store has it.
struct StoreWrite: Hashable, Sendable {
    /// What closes once the event is in the store (and only then: a refused write keeps it open).
    enum Closing: Hashable, Sendable {
        case nothing
        /// The dialog that asked for the write.
        case dialog
        /// The note line, whose text this event saves.
        case noteLine
    }

    var visitID: Int64
    var kind: VisitEventKind
    /// The visit as the desk shows it: the store folds the new event onto it, and an identical
    /// older event is not taken for this one when a busy store reports a write it made.
    var known: VisitState?
    var closes: Closing = .nothing
    /// The visit's playbook, for a write after the visit ended (a follow-up tick or its undo):
    /// the store judges what an ended visit may still take against it.
    var playbook: Playbook?
}
