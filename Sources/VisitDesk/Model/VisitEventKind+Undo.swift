extension VisitEventKind {
    /// Whether `u` can take this event back. Starting, ending, revealing and undoing are not
    /// undone, nor an addendum: written after the end, it stays as written.
    public var isUndoable: Bool {
        switch self {
        case .stageEntered, .itemMarked, .noteAdded, .noteAmended, .outcomeRecorded, .visitorsChanged, .statementRecorded: true
        case .started, .personalDataRevealed, .personalDataHidden, .ended, .undone, .addendumAdded, .evidenceAttached: false
        }
    }

    /// The name of the kind, as stored beside the event and used in exports: `itemMarked`.
    public var name: String {
        switch self {
        case .started: "started"
        case .stageEntered: "stageEntered"
        case .itemMarked: "itemMarked"
        case .noteAdded: "noteAdded"
        case .noteAmended: "noteAmended"
        case .outcomeRecorded: "outcomeRecorded"
        case .personalDataRevealed: "personalDataRevealed"
        case .personalDataHidden: "personalDataHidden"
        case .ended: "ended"
        case .undone: "undone"
        case .visitorsChanged: "visitorsChanged"
        case .addendumAdded: "addendumAdded"
        case .statementRecorded: "statementRecorded"
        case .evidenceAttached: "evidenceAttached"
        }
    }
}
