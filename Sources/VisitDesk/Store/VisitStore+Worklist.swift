import Foundation
import GRDB

extension VisitStore {
    /// The worklist of `day` (see `Worklist`). Each section is one index read: appointments by
    /// `appointment_byDay`, obligations by `obligation_byDue` and `obligation_byGraceEnd`, next
    /// actions by `loanCase_byNextAction`.
    public func worklist(on day: CalendarDay) throws(StoreError) -> Worklist {
        try read { db in
            try Worklist(day: day, appointments: Self.appointmentLines(on: day, db: db),
                         obligations: Self.obligationLines(on: day, db: db),
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

    private static func obligationLines(on day: CalendarDay, db: Database) throws -> [Worklist.ObligationLine] {
        let due = try Row.fetchAll(db, sql: """
            SELECT o.*, c.reference, c.debtorName FROM obligation o JOIN loanCase c ON c.id = o.caseID
            WHERE o.due = ? ORDER BY c.reference, o.id
            """, arguments: [day.description]).map { row in
            let obligation = Obligation(row: row)
            return Worklist.ObligationLine(label: label(row), obligation: obligation, reason: .due, state: obligation.state(on: day))
        }
        // Kept ones never lapse; the rest are decided by `state(on:)`, as everywhere else.
        let lapsed = try Row.fetchAll(db, sql: """
            SELECT o.*, c.reference, c.debtorName FROM obligation o JOIN loanCase c ON c.id = o.caseID
            WHERE o.graceEnds >= ? AND o.graceEnds < ? AND o.state <> 'kept'
            ORDER BY o.graceEnds DESC, c.reference, o.id
            """, arguments: [Worklist.lapseWindowStart(before: day).description, day.description]).compactMap { row -> Worklist.ObligationLine? in
            let obligation = Obligation(row: row)
            let state = obligation.state(on: day)
            guard state == .broken || state == .partlyKept else { return nil }
            return Worklist.ObligationLine(label: label(row), obligation: obligation, reason: .lapsed, state: state)
        }
        return due + lapsed
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
