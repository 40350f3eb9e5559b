/// Where a visit's audit chain stops matching its events: the first bad row of the visit.
public struct ChainProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong at that row.
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
    }

    public var visitID: Int64
    /// The sequence number of the first row that does not match.
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
        }
    }
}
