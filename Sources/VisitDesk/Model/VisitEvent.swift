import Foundation

/// The state of a checklist item. `pending` is also what "pending again" records.
public enum ItemMark: Codable, Hashable, Sendable {
    case pending
    case done
    case skipped(reason: String)
    case notApplicable
}

/// Why a visit ended. `askedToLeave` locks the visit at once.
public enum EndReason: String, Codable, Sendable, CaseIterable {
    case completed, askedToLeave, noContact, aborted
}

/// Which personal field was revealed or hidden again.
public enum PersonalField: String, Codable, Sendable, CaseIterable {
    case phone, idNumber
}

/// What happened. A visit is its append-only list of these; undo appends `undone`.
public enum VisitEventKind: Codable, Hashable, Sendable {
    /// `binding` is filled in by the store from the case row when the event is written; events
    /// written before it existed decode with nil (an absent key), and their hashes still match.
    case started(role: Role, playbookID: String, visitors: [Visitor], location: String, binding: CaseBinding? = nil)
    case stageEntered(stageID: String)
    case itemMarked(itemID: String, mark: ItemMark)
    case noteAdded(noteID: String, text: String)
    case noteAmended(noteID: String, text: String)
    case outcomeRecorded(Outcome)
    case personalDataRevealed(fields: [PersonalField])
    case personalDataHidden
    case ended(reason: EndReason)
    /// The visitors as corrected during the visit: the whole list from now on.
    case visitorsChanged(visitors: [Visitor])
    /// A note written after the visit ended: an addendum, never taken for part of the visit.
    case addendumAdded(noteID: String, text: String)
    /// What the debtor said of why they are in arrears, and how they took the visit.
    case statementRecorded(DebtorStatement)
    /// An evidence file kept with the visit; never undone (the file is evidence once kept).
    case evidenceAttached(Attachment)
    /// Compensates the event with sequence number `sequence` of the same visit.
    case undone(sequence: Int)
}

/// One row of a visit's audit log.
public struct VisitEvent: Codable, Hashable, Sendable {
    public var visitID: Int64
    /// 1, 2, 3… within the visit.
    public var sequence: Int
    public var at: Date
    public var kind: VisitEventKind
    /// SHA-256 (hex) of the previous event's hash followed by this event's canonical encoding.
    public var hash: String

    public init(visitID: Int64, sequence: Int, at: Date, kind: VisitEventKind, hash: String) {
        self.visitID = visitID
        self.sequence = sequence
        self.at = at
        self.kind = kind
        self.hash = hash
    }
}
