import Foundation
import GRDB

extension VisitStore {
    /// The case's next action in effect, whatever set it last — an outcome (a promise: check
    /// payment on its day; rescheduled: visit on the new day), an appointment, a payment keeping
    /// an instalment, or a hand setting (`CaseStanding`). The note is the hand-set one's when
    /// that is the action in effect (same day and kind), else empty. Nil when nothing is due,
    /// or when the case row's day or kind does not read (`verify` reports a damaged row).
    public func nextAction(caseID: Int64) throws(StoreError) -> NextAction? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT nextAction, nextActionKind FROM loanCase WHERE id = ?", arguments: [caseID]),
                  let dayText = String.fromDatabaseValue(row["nextAction"]),
                  let day = try? CalendarDay.parse(dayText, today: DomainLimits.earliestDay),
                  let kind = String.fromDatabaseValue(row["nextActionKind"]).flatMap(NextActionKind.init(rawValue:))
            else { return nil }
            var action = NextAction(day: day, kind: kind)
            // Only the last hand setting can be the one in effect.
            let last = try CaseEventRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM caseEvent WHERE caseID = ? AND kind = ? ORDER BY sequence DESC LIMIT 1"),
                arguments: [caseID, CaseEventKind.nextActionSet(action).name])
            if let last, case .nextActionSet(let handSet) = try CaseEventChain.decode(last, decoder: JSONDecoder()).kind,
               handSet.day == day, handSet.kind == kind {
                action.note = handSet.note
            }
            return action
        }
    }
}
