/// Where the record stops matching its chains: the first bad thing found about one visit.
public struct ChainProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// The row's content no longer hashes to its recorded hash.
        case payloadChanged
        /// The row with this sequence is missing.
        case missingEvent
        /// The row holds the event that belongs at `holds`.
        case outOfOrder(holds: Int)
        /// The row cannot be read as an event.
        case unreadable
        /// The visit's head hash or event count does not match its last event (events removed at the end).
        case headMismatch
        /// The event row's `column` (kind or time) says something other than the event it holds.
        case eventColumnChanged(column: String)
        /// A column of the visit row says something other than the visit's events.
        case rowMismatch(column: String, row: String, events: String)
        /// The `started` event binds the visit to case `bound`; the row points to case `row` (or to none).
        case movedToOtherCase(row: String?, bound: String)
        /// The ledger has no entry for this event and those after it (ledger truncated, or events added outside the store).
        case notInLedger
        /// The ledger records this event with another hash, or records events after it that are gone.
        case ledgerMismatch
        /// The ledger records `events` events of a visit that is no longer in the store.
        case visitDeleted(events: Int)
        /// Ledger entry `position` does not follow the entry before it (entries reordered, changed or removed).
        case ledgerBroken(position: Int)
    }

    public var visitID: Int64
    /// The event the problem is at; 0 when it concerns the visit row or the whole visit.
    public var sequence: Int
    public var kind: Kind

    public init(visitID: Int64, sequence: Int, kind: Kind) {
        self.visitID = visitID
        self.sequence = sequence
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .payloadChanged:
            "visit \(visitID), event \(sequence): the event was changed after it was recorded"
        case .missingEvent:
            "visit \(visitID), event \(sequence): the event is missing (deleted)"
        case .outOfOrder(let holds):
            "visit \(visitID), event \(sequence): the row holds event \(holds) (events reordered)"
        case .unreadable:
            "visit \(visitID), event \(sequence): the row cannot be read"
        case .headMismatch:
            "visit \(visitID), after event \(sequence): the visit's head hash does not match its last event (events removed)"
        case .eventColumnChanged(let column):
            "visit \(visitID), event \(sequence): the row's \(column) column does not match the event it holds (the row was changed)"
        case .rowMismatch(let column, let row, let events):
            "visit \(visitID): its row says \(column) is \(row) but its events say \(events) (the visit row was changed)"
        case .movedToOtherCase(let row, let bound):
            "visit \(visitID): its started event binds it to case \(bound) but its row points to \(row.map { "case \($0)" } ?? "no case") (the visit was moved)"
        case .notInLedger:
            "visit \(visitID), event \(sequence): the event is not in the store-wide ledger (ledger truncated, or the event was added outside VisitDesk)"
        case .ledgerMismatch:
            "visit \(visitID), event \(sequence): the store-wide ledger records other events for this visit (its last events were removed or replaced)"
        case .visitDeleted(let events):
            "visit \(visitID): the store-wide ledger records \(events) events of it but the visit is gone (deleted)"
        case .ledgerBroken(let position):
            "visit \(visitID), event \(sequence): ledger entry \(position) does not follow the entry before it (ledger entries reordered, changed or removed)"
        }
    }
}
