import Foundation

/// The visit history as JSON or CSV for `visitdesk visits` and `visitdesk export`. A visit
/// holds no phone or ID number, so nothing needs masking.
public enum VisitExport {
    /// One pretty-printed JSON array of visit objects; times in ISO 8601 (UTC), `null`
    /// for what an open visit does not have yet.
    public static func json(_ visits: [VisitListRow]) -> String {
        ExportJSON.encode(visits.map(ExportedVisit.init))
    }

    /// A header row and one row per visit; empty fields for what an open visit lacks; each
    /// cell made safe for a terminal and a spreadsheet (`SpreadsheetCell`).
    public static func csv(_ visits: [VisitListRow]) -> String {
        CSVTable(
            header: ["id", "case_id", "ref", "name", "role", "playbook_id", "started_at", "ended_at", "end_reason", "outcome", "event_count"],
            rows: visits.map { visit in
                [
                    String(visit.id), String(visit.caseID), visit.caseReference, visit.debtorName, visit.role.rawValue,
                    visit.playbookID, Timestamp.iso8601(visit.startedAt), visit.endedAt.map(Timestamp.iso8601) ?? "",
                    visit.endReason?.rawValue ?? "", visit.outcomeCode?.rawValue ?? "", String(visit.eventCount),
                ].map(SpreadsheetCell.safe)
            }
        ).text
    }
}

/// A visit as it is exported.
struct ExportedVisit: Encodable {
    var id: Int64
    var caseID: Int64
    var ref: String
    var name: String
    var role: String
    var playbookID: String
    var startedAt: String
    var endedAt: String?
    var endReason: String?
    var outcome: String?
    var eventCount: Int

    init(_ visit: VisitListRow) {
        id = visit.id
        caseID = visit.caseID
        ref = visit.caseReference
        name = visit.debtorName
        role = visit.role.rawValue
        playbookID = visit.playbookID
        startedAt = Timestamp.iso8601(visit.startedAt)
        endedAt = visit.endedAt.map(Timestamp.iso8601)
        endReason = visit.endReason?.rawValue
        outcome = visit.outcomeCode?.rawValue
        eventCount = visit.eventCount
    }

    /// Written by hand so that an open visit shows `"ended_at": null` rather than no key.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(caseID, forKey: .caseID)
        try container.encode(ref, forKey: .ref)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(playbookID, forKey: .playbookID)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(endedAt, forKey: .endedAt)
        try container.encode(endReason, forKey: .endReason)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(eventCount, forKey: .eventCount)
    }

    private enum CodingKeys: String, CodingKey {
        case id, caseID, ref, name, role, playbookID, startedAt, endedAt, endReason, outcome, eventCount
    }
}
