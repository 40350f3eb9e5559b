import Foundation
import GRDB
import Testing
import TUI
@testable import VisitDesk
@testable import VisitDeskApp

/// A store holding figures no entry point accepts still gives a summary in every format, and
/// `verify`, instead of trapping.
@Suite(.serialized) struct AbsurdFiguresSummaryTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-absurd-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }

    /// `Int64.max` amounts, 10⁹ weekly instalments on an income of one fen, a due day at `Int.max`.
    static let absurdPlan = RepaymentPlan(
        total: Money(fen: .max), downPayment: .zero, instalmentCount: 1_000_000_000, frequency: .weekly,
        firstDue: CalendarDay(year: 9999, month: 12, day: 31), method: .other(description: ""), statedMonthlyIncome: Money(fen: 1),
        schedule: [Instalment(number: 1, due: CalendarDay(year: .max, month: .max, day: .max), amount: Money(fen: .max)),
                   Instalment(number: 2, due: CalendarDay(year: 9999, month: 1, day: 1), amount: Money(fen: .max))])

    /// A visit to case 1 of a fresh store whose plan and case figures are absurd; returns its id.
    func storeWithAbsurdFigures() throws -> Int64 {
        let store = try VisitStore(path: db)
        let loanCase = try store.insertCases([LoanCase(reference: "HB-1", debtorName: "张伟", phone: "13812345678", idNumber: "",
                                                       address: "北京", product: "花呗", outstanding: Money(yuan: 1_000), daysOverdue: 3)])[0]
        let start = Date(timeIntervalSince1970: 1_767_232_800)
        let visit = try store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent", visitors: [], location: "",
                                         at: start)
        // The store refuses these figures, so the outcome goes in behind its back, chained as the store would.
        let at = start.addingTimeInterval(60)
        let kind = VisitEventKind.outcomeRecorded(.planAgreed(AbsurdFiguresSummaryTests.absurdPlan))
        try store.pool.write { db in
            let payload = try EventChain.payload(visitID: visit.id, sequence: 2, at: at, kind: kind, encoder: EventChain.encoder())
            let hash = EventChain.hash(previous: visit.events[0].hash, payload: payload)
            try db.execute(sql: "INSERT INTO visitEvent (visitID, sequence, kind, at, payload, hash) VALUES (?, 2, ?, ?, ?, ?)",
                           arguments: [visit.id, kind.name, at, payload, hash])
            try Ledger.append(visitID: visit.id, sequence: 2, eventHash: hash, db: db)
            try db.execute(sql: "UPDATE visit SET eventCount = 2, headHash = ?, lastEventAt = ?, outcomeCode = 'planAgreed' WHERE id = ?",
                           arguments: [hash, at, visit.id])
            try db.execute(sql: "UPDATE loanCase SET outstandingFen = ?, daysOverdue = ?", arguments: [Int64.max, Int.max])
            try ObligationBook(db: db).refresh(caseID: loanCase.id!, on: CalendarDay(at, in: .current))
        }
        return visit.id
    }

    @Test func theSummaryOfAbsurdFiguresRendersInEveryFormatAndVerifies() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let visitID = try storeWithAbsurdFigures()
        for format in ["text", "markdown", "json"] {
            #expect(VisitDeskCommand.run(arguments: ["summary", String(visitID), "--db", db, "--format", format]) == 0)
        }
        #expect(VisitDeskCommand.run(arguments: ["verify", "--db", db]) == 0)

        var rules = RuleConfig()
        rules.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let (summary, _) = try SummaryLoader.summary(store: try VisitStore(path: db), visitID: visitID, playbooks: PlaybookLibrary(),
                                                     rules: rules, reveal: false, now: Date(timeIntervalSince1970: 1_767_240_000))
        let text = SummaryText(summary: summary, language: .en).lines.joined(separator: "\n")
        #expect(text.contains("¥92,233,720,368,547,758.07"))
        #expect(text.contains("9223372036854775807"))
        #expect(text.contains("Figures out of range"))
        #expect(text.contains("1000000000 × "))
        let scheduleRow = try #require(text.split(separator: "\n").first { $0.contains("9223372036854775807-9223372036854775807-") })
        #expect(scheduleRow.hasSuffix("  ¥92,233,720,368,547,758.07"),
                "the columns of the schedule stay apart: the due date wraps inside its column")
        #expect(text.split(separator: "\n").allSatisfy { $0.displayWidth <= 80 })
    }
}
