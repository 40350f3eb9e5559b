import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// A database written with figures the desk would never accept — inserted raw with SQL, with a
/// correct hash chain — still opens, folds, summarises and verifies, with a warning.
@Suite struct AbsurdStoreTests {
    static let rules = RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    static let absurdDay = CalendarDay(year: .max, month: .max, day: .max)

    /// The plan of the issue: 9,000,000,000,000,000 fen in one weekly instalment on an income of one fen.
    static let hugePlanOnTinyIncome = RepaymentPlan(
        total: Money(fen: 9_000_000_000_000_000), downPayment: .zero, instalmentCount: 1, frequency: .weekly,
        firstDue: CalendarDay(year: 2026, month: 1, day: 8), method: .bankTransfer, statedMonthlyIncome: Money(fen: 1),
        schedule: [Instalment(number: 1, due: CalendarDay(year: 2026, month: 1, day: 8), amount: Money(fen: 9_000_000_000_000_000))])

    /// Every figure at its most absurd: `Int64.max` amounts whose sum overflows, 10⁹ instalments,
    /// dates in year 9999 and with day numbers at `Int.max`.
    static let everythingAtMaximum = RepaymentPlan(
        total: Money(fen: .max), downPayment: Money(fen: .max), instalmentCount: 1_000_000_000, frequency: .weekly,
        firstDue: CalendarDay(year: 9999, month: 12, day: 31), method: .other, statedMonthlyIncome: Money(fen: .max),
        schedule: [Instalment(number: .max, due: absurdDay, amount: Money(fen: .max)),
                   Instalment(number: .min, due: CalendarDay(year: .min, month: .min, day: .min), amount: Money(fen: .max))])

    /// Appends `kinds` to visit `visitID` with plain SQL, chaining the hashes and the ledger as the store does.
    func insertRaw(_ kinds: [VisitEventKind], visitID: Int64, into store: VisitStore) throws {
        try store.pool.write { db in
            let visit = try #require(try Row.fetchOne(db, sql: "SELECT eventCount, headHash FROM visit WHERE id = ?", arguments: [visitID]))
            var (sequence, previous): (Int, String) = (visit[0], visit[1])
            let encoder = EventChain.encoder()
            for kind in kinds {
                sequence += 1
                let at = StoreFixture.start.addingTimeInterval(Double(sequence) * 60)
                let payload = try EventChain.payload(visitID: visitID, sequence: sequence, at: at, kind: kind, encoder: encoder)
                let hash = EventChain.hash(previous: previous, payload: payload)
                try db.execute(sql: "INSERT INTO visitEvent (visitID, sequence, kind, at, payload, hash) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [visitID, sequence, kind.name, at, payload, hash])
                try Ledger.append(visitID: visitID, sequence: sequence, eventHash: hash, db: db)
                try db.execute(sql: "UPDATE visit SET eventCount = ?, headHash = ?, lastEventAt = ? WHERE id = ?",
                               arguments: [sequence, hash, at, visitID])
                switch kind {
                case .outcomeRecorded(let outcome):
                    try db.execute(sql: "UPDATE visit SET outcomeCode = ? WHERE id = ?", arguments: [outcome.code.rawValue, visitID])
                case .ended(let reason):
                    try db.execute(sql: "UPDATE visit SET endedAt = ?, endReason = ? WHERE id = ?", arguments: [at, reason.rawValue, visitID])
                default:
                    break
                }
                previous = hash
            }
        }
    }

    func summary(of visitID: Int64, in store: VisitStore) throws -> VisitSummary {
        let visit = try store.visit(id: visitID)
        let loanCase = try #require(try store.loanCase(id: visit.caseID))
        return VisitSummary.make(visit: visit, loanCase: loanCase, playbook: try BuiltInPlaybooks.agent, rules: AbsurdStoreTests.rules,
                                 now: StoreFixture.start.addingTimeInterval(86_400))
    }

    @Test func aDatabaseWithAbsurdFiguresOpensFoldsSummarisesAndVerifiesWithAWarning() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let issueVisit = try fixture.startVisit(caseID: cases[0].id!)
        try insertRaw([.outcomeRecorded(.planAgreed(AbsurdStoreTests.hugePlanOnTinyIncome)), .ended(reason: .completed)],
                      visitID: issueVisit.id, into: fixture.store)
        let absurdVisit = try fixture.startVisit(caseID: cases[1].id!)
        try insertRaw([
            .outcomeRecorded(.promiseToPay(date: AbsurdStoreTests.absurdDay, amount: Money(fen: .min), method: .other)),
            .outcomeRecorded(.rescheduled(date: CalendarDay(year: 9999, month: 99, day: -1), note: "")),
            .outcomeRecorded(.planAgreed(AbsurdStoreTests.everythingAtMaximum)),
        ], visitID: absurdVisit.id, into: fixture.store)
        try fixture.store.pool.write { db in
            try db.execute(sql: "UPDATE loanCase SET outstandingFen = ?, daysOverdue = ? WHERE id = ?",
                           arguments: [Int64.max, Int.max, cases[1].id!])
        }

        let issue = try summary(of: issueVisit.id, in: fixture.store)
        #expect(issue.warnings.first?.id == .figuresOutOfRange)
        #expect(issue.warnings.map(\.id).contains(.instalmentAboveIncomeShare))
        #expect(issue.markdown(language: .en).contains("Figures out of range — outcome “Repayment plan agreed”, total: the amount ¥90,000,000,000,000.00 is more than the limit of ¥1,000,000,000.00"))

        let absurd = try summary(of: absurdVisit.id, in: fixture.store)
        let warning = try #require(absurd.warnings.first { $0.id == .figuresOutOfRange })
        #expect(warning.text.en.contains("the case's outstanding ¥92,233,720,368,547,758.07 is outside ¥0.00…¥1,000,000,000.00"))
        for language in [Language.en, .zh] {
            let markdown = absurd.markdown(language: language)
            #expect(markdown.contains("¥92,233,720,368,547,758.07"))
            #expect(markdown.contains(warning.text[language]))
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(absurd.json().utf8)) as? [String: Any])
        let plan = try #require((json["outcome"] as? [String: Any])?["plan"] as? [String: Any])
        #expect(plan["total"] as? String == "92233720368547758.07")
        #expect(plan["instalmentCount"] as? Int == 1_000_000_000)
        #expect((json["warnings"] as? [[String: Any]])?.contains { $0["id"] as? String == "figuresOutOfRange" } == true)

        #expect(try fixture.store.verify() == [])
        #expect(try fixture.store.visits(caseID: cases[1].id!).count == 1)
    }
}
