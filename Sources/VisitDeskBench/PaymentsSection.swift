import Foundation
import VisitDesk

/// `visitdesk payments import` of one repayment per case into a database whose every case has
/// a promise (the store sections' database): reading and checking every row, then posting the
/// payments in one transaction with the obligations and case statuses they move. Timed once,
/// as a user runs it (a second run is refused as already posted).
enum PaymentsSection {
    static func run(size: Int, store: VisitStore, in directory: URL, report: inout Report) throws {
        let promises = try store.obligations(ObligationQuery(day: CalendarDay(year: 2026, month: 3, day: 1)))
        // A quarter paid in full on time, a quarter in part, a quarter too late, a quarter in full
        // the day of the promise: every kind of move the rule makes.
        var lines = ["ref,date,amount"]
        var paid = Set<String>()
        // One payment per case: a case the other sections gave a second promise pays its first.
        for (index, row) in promises.filter({ paid.insert($0.caseReference).inserted }).enumerated() {
            let due = row.obligation.due, amount = row.obligation.amount
            switch index % 4 {
            case 0: lines.append("\(row.caseReference),\(due.adding(days: 2)),\(amount.decimalString)")
            case 1: lines.append("\(row.caseReference),\(due.adding(days: 1)),\(Money(fen: amount.fen / 2).decimalString)")
            case 2: lines.append("\(row.caseReference),\(due.adding(days: 9)),\(amount.decimalString)")
            default: lines.append("\(row.caseReference),\(due),\(amount.decimalString)")
            }
        }
        let file = directory.appendingPathComponent("payments-\(size).csv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)

        let clock = ContinuousClock()
        let now = Date()
        var read: PaymentFile?
        var posting: PaymentPosting?
        let readTime = try clock.measure {
            read = try PaymentCSVImporter.read(Data(contentsOf: file), path: file.path, today: CalendarDay(now, in: .current))
        }
        let postTime = try clock.measure { posting = try store.postPayments(read!, at: now) }
        guard case .posted(let posted) = posting, posted.paymentCount == paid.count else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "payments not posted: \(String(describing: posting))"])
        }
        let moved = ObligationState.allCases.compactMap { state in posted.moved[state].map { "\($0) \(state.rawValue)" } }.joined(separator: ", ")
        report.add(size: size, "payments import \(Report.sizeLabel(paid.count)) rows (CSV file → store)", Timing(samples: [readTime + postTime]),
                   target: 30_000, note: "one run: read and check \(Report.format(Timing.milliseconds(readTime))) ms, "
                       + "post \(Report.format(Timing.milliseconds(postTime))) ms; \(moved)")
    }
}
