import Foundation

/// Visit events, the audit log itself, as JSON or CSV for `visitdesk export`. Each event
/// keeps its sequence number and hash so that the export can be checked against the store.
public enum EventExport {
    /// One pretty-printed JSON array of event objects: `visit_id`, `sequence`, `at`, `kind`,
    /// `hash` and the fields of that kind (`item_id`, `mark`, `reason`, `text`, `outcome`…).
    public static func json(_ events: [VisitEvent]) -> String {
        ExportJSON.encode(events.map(ExportedEvent.init))
    }

    /// A header row `visit_id,sequence,at,kind,data,hash` and one row per event; `data`
    /// holds the fields of the kind as a compact JSON object (unsafe characters `\u`-escaped).
    public static func csv(_ events: [VisitEvent]) -> String {
        CSVTable(
            header: ["visit_id", "sequence", "at", "kind", "data", "hash"],
            rows: events.map { event in
                let exported = ExportedEvent(event)
                return [
                    String(event.visitID), String(event.sequence), exported.at, exported.kind,
                    ExportJSON.encode(exported.data, pretty: false), event.hash,
                ].map(SpreadsheetCell.safe)
            }
        ).text
    }
}

/// An event as it is exported: the common fields and those of its kind in one object.
struct ExportedEvent: Encodable {
    var visitID: Int64
    var sequence: Int
    var at: String
    var kind: String
    var data: ExportedEventData
    var hash: String

    init(_ event: VisitEvent) {
        visitID = event.visitID
        sequence = event.sequence
        at = Timestamp.iso8601(event.at)
        (kind, data) = ExportedEventData.of(event.kind)
        hash = event.hash
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(visitID, forKey: .visitID)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(at, forKey: .at)
        try container.encode(kind, forKey: .kind)
        try data.encode(to: encoder)
        try container.encode(hash, forKey: .hash)
    }

    private enum CodingKeys: String, CodingKey {
        case visitID, sequence, at, kind, hash
    }
}

/// The fields of one event kind; those a kind does not have are left out.
struct ExportedEventData: Encodable {
    var role: String?
    var playbookID: String?
    var visitors: [Visitor]?
    var location: String?
    var stageID: String?
    var itemID: String?
    var mark: String?
    var reason: String?
    var noteID: String?
    var text: String?
    var outcome: ExportedOutcome?
    var fields: [String]?
    var endReason: String?
    var undoneSequence: Int?
    var attitude: String?
    var attachment: Attachment?

    /// The kind's name (the enum case, e.g. `itemMarked`) and its fields.
    static func of(_ kind: VisitEventKind) -> (String, ExportedEventData) {
        var data = ExportedEventData()
        switch kind {
        case .started(let role, let playbookID, let visitors, let location, _):
            (data.role, data.playbookID, data.visitors, data.location) = (role.rawValue, playbookID, visitors, location)
            return ("started", data)
        case .stageEntered(let stageID):
            data.stageID = stageID
            return ("stageEntered", data)
        case .itemMarked(let itemID, let mark):
            data.itemID = itemID
            switch mark {
            case .pending: data.mark = "pending"
            case .done: data.mark = "done"
            case .skipped(let reason): (data.mark, data.reason) = ("skipped", reason)
            case .notApplicable: data.mark = "notApplicable"
            }
            return ("itemMarked", data)
        case .noteAdded(let noteID, let text):
            (data.noteID, data.text) = (noteID, text)
            return ("noteAdded", data)
        case .noteAmended(let noteID, let text):
            (data.noteID, data.text) = (noteID, text)
            return ("noteAmended", data)
        case .outcomeRecorded(let outcome):
            data.outcome = ExportedOutcome(outcome)
            return ("outcomeRecorded", data)
        case .personalDataRevealed(let fields):
            data.fields = fields.map(\.rawValue)
            return ("personalDataRevealed", data)
        case .personalDataHidden:
            return ("personalDataHidden", data)
        case .ended(let reason):
            data.endReason = reason.rawValue
            return ("ended", data)
        case .undone(let sequence):
            data.undoneSequence = sequence
            return ("undone", data)
        case .visitorsChanged(let visitors):
            data.visitors = visitors
            return ("visitorsChanged", data)
        case .addendumAdded(let noteID, let text):
            (data.noteID, data.text) = (noteID, text)
            return ("addendumAdded", data)
        case .statementRecorded(let statement):
            (data.reason, data.text, data.attitude) = (statement.reason.rawValue, statement.detail, statement.attitude.rawValue)
            return ("statementRecorded", data)
        case .evidenceAttached(let attachment):
            data.attachment = attachment
            return ("evidenceAttached", data)
        }
    }
}
