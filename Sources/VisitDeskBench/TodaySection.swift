import Foundation
import GRDB
import TUI
import VisitDesk
import VisitDeskApp

/// The day's worklist on a large store: `size` cases with ten obligations each (a million at
/// 100k cases), due over the 180 days either side of today, in mixed states; about one case in
/// fifty with an appointment in the same span; three cases in five with a next action. Times
/// `VisitStore.worklist(on:)` (what `visitdesk today` prints) and the desk's `t`, from the key
/// to the worklist screen's first frame. Run alone with `VisitDeskBench --today [SIZE]`.
struct TodaySection {
    static let target = 100.0
    static let obligationsPerCase = 10
    static let span = 180

    static func run(size: Int, in directory: URL, report: inout Report) throws {
        let path = directory.appendingPathComponent("today-\(size).sqlite").path
        let store = try VisitStore(path: path)
        let today = CalendarDay.today(in: .current)
        if try store.statistics().caseCount == size {
            report.note(size: size, "worklist data", "kept from an earlier run")
        } else {
            let clock = ContinuousClock()
            var synthetic = SyntheticData(seed: 11)
            let caseTime = try clock.measure { _ = try store.insertCases(synthetic.cases(size)) }
            let rowTime = try clock.measure { try fill(path: path, today: today) }
            report.note(size: size, "worklist data", "\(size) cases in \(Report.format(Timing.milliseconds(caseTime) / 1000)) s; "
                        + "\(size * obligationsPerCase) obligations, appointments and next actions in \(Report.format(Timing.milliseconds(rowTime) / 1000)) s")
        }
        var worklist: Worklist?
        report.add(size: size, "today: worklist query", try Timing.measure(50) { worklist = try store.worklist(on: today) }, target: target,
                   note: worklist.map { "\($0.appointments.count) appointments, \($0.obligations.count) obligations, \($0.nextActions.count) of \($0.nextActionTotal) next actions" } ?? "")
        let desk = DeskSections.makeDesk(store, backend: MemoryBackend(width: DeskSections.width, height: DeskSections.height))
        try desk.start()
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for round in 0..<53 {
            let time = try clock.measure { try desk.press(.character("t")) }
            try desk.press(.escape)
            if round >= 3 { samples.append(time) }
        }
        report.add(size: size, "desk: t → worklist's first frame 120×40", Timing(samples: samples), target: target)
    }

    /// Writes the rows the store derives from case events — obligations, appointments, next
    /// actions — straight into their tables, in one transaction: a million obligations through
    /// the event writers would take hours and measure nothing the worklist reads.
    static func fill(path: String, today: CalendarDay) throws {
        let queue = try DatabaseQueue(path: path)
        var data = SyntheticData(seed: 12)
        try queue.inTransaction { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM loanCase ORDER BY id")
            let obligation = try db.makeStatement(sql: """
                INSERT INTO obligation (id, caseID, visitID, number, agreedOn, due, amountFen, paidFen, graceDays, graceEnds, state, markReason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 3, ?, ?, NULL)
                """)
            let appointment = try db.makeStatement(sql: """
                INSERT INTO appointment (caseID, id, day, time, place, visitors, confirmed, cancelled) VALUES (?, 'A1', ?, ?, '家中', ?, ?, ?)
                """)
            let nextAction = try db.makeStatement(sql: "UPDATE loanCase SET nextAction = ?, nextActionKind = ? WHERE id = ?")
            for (index, caseID) in ids.enumerated() {
                // A plan of ten instalments a fortnight apart, the first anywhere in the span.
                let first = today.adding(days: data.number(-span...(span - 9 * 14)))
                let amount = Int64(data.number(20_000...300_000))
                for number in 1...obligationsPerCase {
                    let due = first.adding(days: (number - 1) * 14), graceEnds = due.adding(days: 3)
                    let lapsed = graceEnds < today
                    // Past: about half kept, a third broken, the rest partly kept; ahead: a few paid early.
                    let roll = data.number(0...99)
                    let paid: Int64 = lapsed ? (roll < 50 ? amount : roll < 83 ? 0 : amount / 2) : (roll < 8 ? amount : 0)
                    try obligation.execute(arguments: [
                        "V\(index + 1)-\(number)", caseID, index + 1, number, first.adding(days: -14).description, due.description, amount, paid,
                        graceEnds.description, paid == amount ? ObligationState.kept.rawValue : ObligationState.pending.rawValue,
                    ])
                }
                if index % 50 == 0 {
                    let day = today.adding(days: data.number(-span...span))
                    let time = String(format: "%02d:%02d", data.number(8...20), data.pick([0, 15, 30, 45]))
                    let visitors = #"[{"name":"\#(data.name())","badge":"A-\#(data.number(100...999))"}]"#
                    try appointment.execute(arguments: [caseID, day.description, time, visitors, data.number(0...3) > 0, data.number(0...19) == 0])
                }
                if data.number(0...4) < 3 {
                    try nextAction.execute(arguments: [today.adding(days: data.number(-span...span)).description,
                                                       data.pick(NextActionKind.allCases).rawValue, caseID])
                }
            }
            return .commit
        }
    }
}
