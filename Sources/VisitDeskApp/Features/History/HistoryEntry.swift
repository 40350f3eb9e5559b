import Foundation
import VisitDesk

/// One row of the history: a visit, or a record on the case outside its visits (a contact
/// attempt, an appointment, a payment, a hand mark…). The visits come first, so Enter on the
/// first row still opens the latest visit; the records follow, each list newest first.
enum HistoryEntry: Hashable {
    case visit(VisitListRow)
    case record(AuthoredCaseEvent)

    /// When it happened: a visit's start; a contact attempt's own time; any other record's entry.
    var at: Date {
        switch self {
        case .visit(let row): row.startedAt
        case .record(let record):
            if case .contactAttempted(let attempt) = record.event.kind { attempt.at } else { record.event.at }
        }
    }

    /// The visits as listed (newest first), then the records newest first (the later one first at the same moment).
    static func merged(visits: [VisitListRow], records: [AuthoredCaseEvent]) -> [HistoryEntry] {
        let newestFirst = records.map(HistoryEntry.record).enumerated().sorted { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }
        return visits.map(HistoryEntry.visit) + newestFirst.map(\.element)
    }
}
