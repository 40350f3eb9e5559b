import Foundation
import GRDB

extension VisitStore {
    /// The worklist of `day` (see `Worklist`). Each section is one index read: appointments by
    /// `appointment_byDay`, obligations by `obligation_byDue` and `obligation_byGraceEnd`, next
    /// actions by `loanCase_byNextAction`.
    public func worklist(on day: CalendarDay) throws(StoreError) -> Worklist {
        try read { db in
            let obligations = try Self.obligationLines(on: day, db: db)
            return try Worklist(day: day, appointments: Self.appointmentLines(on: day, db: db),
                         obligations: obligations.lines, obligationTotal: obligations.total,
                         nextActions: Self.nextActionLines(dueBy: day, db: db),
                         nextActionTotal: Int.fetchOne(db, sql: """
                             SELECT COUNT(*) FROM loanCase WHERE (nextAction IS NULL) = 0 AND nextAction <= ?
                             """, arguments: [day.description]) ?? 0)
        }
    }

    private static func appointmentLines(on day: CalendarDay, db: Database) throws -> [Worklist.AppointmentLine] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: """
            SELECT a.caseID, a.id, a.time, a.place, a.visitors, a.confirmed, c.reference, c.debtorName, c.address
            FROM appointment a JOIN loanCase c ON c.id = a.caseID
            WHERE a.day = ? AND a.cancelled = 0
            ORDER BY a.time, c.reference, a.id
            """, arguments: [day.description]).map { row in
            // A damaged visitors column lists no visitors; `verify` reports the row.
            let visitors = (try? decoder.decode([Visitor].self, from: Data((row["visitors"] as String).utf8))) ?? []
            var appointment = Appointment(id: row["id"], day: day, time: TimeOfDay(hour: 0, minute: 0), place: row["place"],
                                          visitors: visitors, confirmed: row["confirmed"])
            // The time as stored, even when it is not HH:MM: shown as it is (through SafeText), reported by `verify`.
            appointment.time = row["time"]
            return Worklist.AppointmentLine(label: label(row), address: row["address"], appointment: appointment)
        }
    }

    /// The first `Worklist.obligationLimit` lines and how many there are in all.
    private static func obligationLines(on day: CalendarDay, db: Database) throws -> (lines: [Worklist.ObligationLine], total: Int) {
        let window = [Worklist.lapseWindowStart(before: day).description, day.description]
        // A pending obligation whose grace ended before the day stands broken or partly kept
        // (`Obligation.state(on:)`), as does a hand mark of either: all but the kept have lapsed.
        let lapsedFilter = "o.graceEnds >= ? AND o.graceEnds < ? AND o.state <> 'kept'"
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM obligation o WHERE o.due = ?", arguments: [day.description])! +
            Int.fetchOne(db, sql: "SELECT COUNT(*) FROM obligation o WHERE \(lapsedFilter)", arguments: StatementArguments(window))!
        let due = try Row.fetchAll(db, sql: """
            SELECT o.*, c.reference, c.debtorName FROM obligation o JOIN loanCase c ON c.id = o.caseID
            WHERE o.due = ? ORDER BY c.reference, o.id LIMIT ?
            """, arguments: [day.description, Worklist.obligationLimit]).map { row in
            let obligation = Obligation(row: row)
            return Worklist.ObligationLine(label: label(row), obligation: obligation, reason: .due, state: obligation.state(on: day))
        }
        let lapsed = try Row.fetchAll(db, sql: """
            SELECT o.*, c.reference, c.debtorName FROM obligation o JOIN loanCase c ON c.id = o.caseID
            WHERE \(lapsedFilter) ORDER BY o.graceEnds DESC, c.reference, o.id LIMIT ?
            """, arguments: StatementArguments(window) + [Worklist.obligationLimit - due.count]).map { row in
            let obligation = Obligation(row: row)
            return Worklist.ObligationLine(label: label(row), obligation: obligation, reason: .lapsed, state: obligation.state(on: day))
        }
        return (due + lapsed, total)
    }

    private static func nextActionLines(dueBy day: CalendarDay, db: Database) throws -> [Worklist.NextActionLine] {
        // `(nextAction IS NULL) = 0` picks the index's first column; ordered by the next two, the
        // first 200 are read off the index without sorting every case due.
        try Row.fetchAll(db, sql: """
            SELECT id AS caseID, reference, debtorName, nextAction, nextActionKind FROM loanCase
            WHERE (nextAction IS NULL) = 0 AND nextAction <= ?
            ORDER BY nextAction, id LIMIT ?
            """, arguments: [day.description, Worklist.nextActionLimit]).map { row in
            // A damaged day reads as the earliest day, at the top of the list, where it is seen.
            let due = (try? CalendarDay.parse(row["nextAction"] as String, today: DomainLimits.earliestDay)) ?? DomainLimits.earliestDay
            return Worklist.NextActionLine(label: label(row), day: due, kind: (row["nextActionKind"] as String?).flatMap(NextActionKind.init(rawValue:)))
        }
    }

    private static func label(_ row: Row) -> Worklist.CaseLabel {
        Worklist.CaseLabel(caseID: row["caseID"], reference: row["reference"], debtorName: row["debtorName"])
    }
}
