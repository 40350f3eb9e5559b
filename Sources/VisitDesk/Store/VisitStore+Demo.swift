import Foundation
import GRDB

extension VisitStore {
    /// Writes the demo cases, their past visits and what happened between them in one
    /// transaction, the story moved so that its "today" (`DemoData.storyDay`) is `today`.
    /// Returns false, writing nothing, when the database already holds a demo case.
    @discardableResult
    public func insertDemoData(today: CalendarDay = CalendarDay.today(in: .current)) throws(StoreError) -> Bool {
        try write { db in
            let references = DemoData.cases.map(\.reference)
            let present = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loanCase WHERE reference IN (\(databaseQuestionMarks(count: references.count)))",
                                           arguments: StatementArguments(references)) ?? 0
            guard present == 0 else { return false }
            let stored = try VisitStore.insert(DemoData.cases, db: db)
            let ids = Dictionary(uniqueKeysWithValues: stored.map { ($0.reference, $0.id!) })
            // A case's records go in in time order, its visits among them: what a visit's outcome
            // or an appointment sets (the next action, the obligations) is then what it would be
            // had each been recorded as it happened. Visits keep the order of `DemoData.visits`, so
            // their ids are the same on every run.
            var caseWork = DemoData.caseWork(forDay: today).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            let writer = CaseEventWriter(db: db, paymentRule: paymentRule)
            func record(_ events: [DemoCaseEvent]) throws {
                for event in events {
                    guard let caseID = ids[event.caseReference] else { continue }
                    try writer.append(event.kind, at: event.at, caseID: caseID)
                }
            }
            for visit in DemoData.visits(forDay: today) {
                guard let caseID = ids[visit.caseReference] else { continue }
                try record(caseWork.filter { $0.caseReference == visit.caseReference && $0.at < visit.startedAt })
                caseWork.removeAll { $0.caseReference == visit.caseReference && $0.at < visit.startedAt }
                _ = try VisitStore.importVisits([visit.script(caseID: caseID)], db: db)
            }
            try record(caseWork)
            return true
        }
    }
}
