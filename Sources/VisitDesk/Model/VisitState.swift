import Foundation

/// A visit as it stands: the fold of its events. Build it with `fold(_:caseID:)` and keep it
/// current with `apply(_:)`; undone events have no effect.
public struct VisitState: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var caseID: Int64
    public var role: Role
    public var playbookID: String
    /// The visitors as they stand: those of the start, or of the latest correction.
    public var visitors: [Visitor]
    /// Every correction of the visitors still in effect, oldest first.
    public var visitorChanges: [VisitorsChange]
    public var location: String
    public var startedAt: Date
    public var endedAt: Date?
    public var endReason: EndReason?
    /// The stage entered last, or nil before any stage was entered (then the first stage is current).
    public var currentStageID: String?
    /// Every stage entry still in effect, oldest first.
    public var stageHistory: [StageEntry]
    /// The current mark of each item that was ever marked, by item id.
    public var marks: [String: MarkedItem]
    public var notes: [VisitNote]
    public var outcome: RecordedOutcome?
    /// Every outcome still in effect, oldest first; the last one is `outcome`.
    public var outcomeHistory: [RecordedOutcome]
    /// Which personal fields are shown in full right now.
    public var revealed: Set<PersonalField>
    public var revealHistory: [RevealEntry]
    /// What the debtor said of the arrears and how they took the visit, as last recorded.
    public var statement: DebtorStatement?
    /// Evidence files attached to the visit, oldest first.
    public var attachments: [Attachment] = []
    /// The sequence that `u` would undo: the latest undoable event not undone yet.
    public var lastUndoableSequence: Int?
    /// Sequences of events that were undone.
    public var undoneSequences: Set<Int>
    /// The hash of the last event: the head of the audit chain.
    public var headHash: String
    /// Every event of the visit, in order, including undone ones and the undo events.
    public private(set) var events: [VisitEvent]

    /// Folds the events of one visit, oldest first. The first must be `started`.
    public static func fold(_ events: [VisitEvent], caseID: Int64) throws(VisitFoldError) -> VisitState {
        guard let first = events.first else { throw .noEvents }
        guard case .started(let role, let playbookID, let visitors, let location, _) = first.kind else {
            throw .doesNotStartWithStarted(visitID: first.visitID, firstSequence: first.sequence)
        }
        var state = VisitState(
            id: first.visitID, caseID: caseID, role: role, playbookID: playbookID, visitors: visitors,
            visitorChanges: [], location: location, startedAt: first.at, endedAt: nil, endReason: nil, currentStageID: nil,
            stageHistory: [], marks: [:], notes: [], outcome: nil, outcomeHistory: [], revealed: [],
            revealHistory: [], statement: nil, lastUndoableSequence: nil, undoneSequences: [], headHash: first.hash, events: [])
        state.replay(events)
        return state
    }

    /// Takes in one more event of this visit.
    public mutating func apply(_ event: VisitEvent) {
        if case .undone = event.kind {
            replay(events + [event])
        } else {
            events.append(event)
            headHash = event.hash
            if event.kind.isUndoable { lastUndoableSequence = event.sequence }
            takeEffect(event)
        }
    }

    /// Whether the visit has ended (it is then read-only).
    public var isEnded: Bool { endedAt != nil }

    /// Whether the visit was ended because the visitors were asked to leave.
    public var isLocked: Bool { endReason == .askedToLeave }

    /// The sequence the next event will get. A damaged record whose last sequence is `Int.max`
    /// gets `Int.max` again, which the store refuses as a duplicate instead of overflowing.
    public var nextSequence: Int { min(events.last?.sequence ?? 0, Int.max - 1) + 1 }

    /// A fresh id for a note added by the next event.
    public var nextNoteID: String { "n\(nextSequence)" }

    /// The events still in effect: neither undone nor an undo.
    public var effectiveEvents: [VisitEvent] {
        events.filter { event in
            if case .undone = event.kind { return false }
            return !undoneSequences.contains(event.sequence)
        }
    }

    /// The mark of an item; `.pending` when it was never marked.
    public func mark(of itemID: String) -> ItemMark {
        marks[itemID]?.mark ?? .pending
    }

    /// The position of the current stage in `playbook` (0 before any stage was entered).
    public func currentStageIndex(in playbook: Playbook) -> Int {
        currentStageID.flatMap { id in playbook.stages.firstIndex { $0.id == id } } ?? 0
    }

    /// How long the visit lasted, or has lasted so far at `now`.
    public func duration(now: Date) -> TimeInterval {
        (endedAt ?? now).timeIntervalSince(startedAt)
    }

    /// The note with `id`, if it exists and was not undone.
    public func note(_ id: String) -> VisitNote? {
        notes.first { $0.id == id }
    }

    private mutating func replay(_ all: [VisitEvent]) {
        var undoable: [Int] = []
        var undone: Set<Int> = []
        for event in all {
            if case .undone(let sequence) = event.kind {
                undone.insert(sequence)
                undoable.removeAll { $0 == sequence }
            } else if event.kind.isUndoable {
                undoable.append(event.sequence)
            }
        }
        let first = all[0]
        // The visit as it started, whatever later events (a visitors correction) changed since.
        var started = (role: role, playbookID: playbookID, visitors: visitors, location: location)
        if case .started(let role, let playbookID, let visitors, let location, _) = first.kind {
            started = (role, playbookID, visitors, location)
        }
        self = VisitState(
            id: id, caseID: caseID, role: started.role, playbookID: started.playbookID, visitors: started.visitors, visitorChanges: [],
            location: started.location, startedAt: first.at, endedAt: nil, endReason: nil, currentStageID: nil, stageHistory: [],
            marks: [:], notes: [], outcome: nil, outcomeHistory: [], revealed: [], revealHistory: [], statement: nil,
            lastUndoableSequence: undoable.last, undoneSequences: undone, headHash: first.hash, events: all)
        for event in all where !undone.contains(event.sequence) {
            takeEffect(event)
        }
        headHash = all[all.count - 1].hash
    }

    private mutating func takeEffect(_ event: VisitEvent) {
        switch event.kind {
        case .started(let role, let playbookID, let visitors, let location, _):
            self.role = role
            self.playbookID = playbookID
            self.visitors = visitors
            self.location = location
            startedAt = event.at
        case .stageEntered(let stageID):
            currentStageID = stageID
            stageHistory.append(StageEntry(stageID: stageID, at: event.at, sequence: event.sequence))
        case .itemMarked(let itemID, let mark):
            marks[itemID] = MarkedItem(itemID: itemID, mark: mark, at: event.at, sequence: event.sequence)
        case .noteAdded(let noteID, let text):
            notes.append(VisitNote(id: noteID, text: text, at: event.at))
        case .noteAmended(let noteID, let text):
            if let index = notes.firstIndex(where: { $0.id == noteID }) {
                notes[index].earlierTexts.append(notes[index].text)
                notes[index].text = text
                notes[index].amendedAt = event.at
            }
        case .outcomeRecorded(let outcome):
            let recorded = RecordedOutcome(outcome: outcome, at: event.at, sequence: event.sequence)
            self.outcome = recorded
            outcomeHistory.append(recorded)
            for (itemID, figures) in outcome.planItemFigures {
                marks[itemID] = MarkedItem(itemID: itemID, mark: .done, at: event.at, sequence: event.sequence, figures: figures)
            }
        case .personalDataRevealed(let fields):
            revealed.formUnion(fields)
            revealHistory.append(RevealEntry(fields: fields, at: event.at, sequence: event.sequence))
        case .personalDataHidden:
            revealed = []
            revealHistory.append(RevealEntry(fields: [], at: event.at, sequence: event.sequence))
        case .ended(let reason):
            endedAt = event.at
            endReason = reason
        case .visitorsChanged(let visitors):
            self.visitors = visitors
            visitorChanges.append(VisitorsChange(visitors: visitors, at: event.at, sequence: event.sequence))
        case .addendumAdded(let noteID, let text):
            notes.append(VisitNote(id: noteID, text: text, at: event.at, isAddendum: true))
        case .statementRecorded(let statement):
            self.statement = statement
        case .evidenceAttached(let attachment):
            attachments.append(attachment)
        case .undone:
            break
        }
    }
}
