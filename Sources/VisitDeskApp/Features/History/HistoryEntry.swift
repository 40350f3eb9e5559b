import Foundation
import VisitDesk

/// One row of the history: a visit, or a record on the case outside its visits (a contact
/// attempt, an appointment, a payment, a hand mark…), listed together newest first.
enum HistoryEntry: Hashable {
    case visit(VisitListRow)
    case record(CaseEvent)

    /// When it happened: a visit's start; a contact attempt's own time; any other record's entry.
    var at: Date {
        switch self {
        case .visit(let row): row.startedAt
        case .record(let event):
            if case .contactAttempted(let attempt) = event.kind { attempt.at } else { event.at }
        }
    }

    /// Visits and records newest first; a visit before a record of the same moment.
    static func merged(visits: [VisitListRow], records: [CaseEvent]) -> [HistoryEntry] {
        let entries = visits.map(HistoryEntry.visit) + records.map(HistoryEntry.record)
        return entries.enumerated().sorted { ($0.element.at, -$0.offset) > ($1.element.at, -$1.offset) }.map(\.element)
    }
}
