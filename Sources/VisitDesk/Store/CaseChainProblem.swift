/// Where a case's own records stop matching their chain: the first bad thing found about one case.
public struct CaseChainProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The row's content no longer hashes to its recorded hash.
        case payloadChanged
        /// The row with this sequence is missing, or rows at the end were removed.
        case missingEvent
        /// The row cannot be read as an event of this case.
        case unreadable
        /// The event row's `column` (kind or time) says something other than the event it holds.
        case eventColumnChanged(column: String)
        /// The case row's head hash or event count does not match its last event.
        case headMismatch
        /// The ledger records other events for this case than it holds.
        case ledgerMismatch
        /// A table derived from the events (`appointment`, `obligation`) no longer says what they do.
        case derivedRowChanged(table: String, id: String)
    }

    public var caseID: Int64
    /// The case's reference, or its id when the case row is gone.
    public var reference: String
    public var sequence: Int
    public var kind: Kind

    public init(caseID: Int64, reference: String, sequence: Int, kind: Kind) {
        self.caseID = caseID
        self.reference = reference
        self.sequence = sequence
        self.kind = kind
    }

    public var description: String {
        let subject = "case \(reference), record \(sequence)"
        switch kind {
        case .payloadChanged: return "\(subject): the record was changed after it was made"
        case .missingEvent: return "\(subject): the record is missing (deleted)"
        case .unreadable: return "\(subject): the row cannot be read"
        case .eventColumnChanged(let column):
            return "\(subject): the row's \(column) column does not match the record it holds (the row was changed)"
        case .headMismatch: return "case \(reference): its head hash does not match its last record (records removed)"
        case .ledgerMismatch:
            return "case \(reference): the store-wide ledger records other records for this case (records removed, replaced or added outside VisitDesk)"
        case .derivedRowChanged(let table, let id):
            return "case \(reference): its \(table) \(id) does not match its records and visits (the row was changed)"
        }
    }
}
