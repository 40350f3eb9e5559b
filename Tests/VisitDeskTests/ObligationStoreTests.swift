import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// Obligations in the store: made from outcomes, undone with them, marked by hand, listed by
/// due day and state with an index read.
@Suite struct ObligationStoreTests {
    static let april1 = CalendarDay(year: 2026, month: 4, day: 1)
    static let may1 = CalendarDay(year: 2026, month: 5, day: 1)

    static let plan = RepaymentPlan(total: Money(yuan: 1_300), downPayment: Money(yuan: 300), instalmentCount: 2, frequency: .monthly,
                                    firstDue: april1, method: .bankTransfer, statedMonthlyIncome: nil,
                                    schedule: [Instalment(number: 1, due: april1, amount: Money(yuan: 500)),
                                               Instalment(number: 2, due: may1, amount: Money(yuan: 500))])

    @Test func undoingThePromiseRemovesItsObligation() throws {
        let payments = try PaymentFixture()
        let visit = try payments.store.startVisit(caseID: payments.caseID(0), role: .agent, playbookID: "agent",
                                                  visitors: StoreFixture.visitors, location: "家中", at: StoreFixture.start)
        let recorded = try payments.store.append(.outcomeRecorded(PaymentFixture.promise(yuan: 500)), to: visit.id, at: StoreFixture.start)
        #expect(try payments.obligations(caseIndex: 0).map(\.obligation.id) == ["V\(visit.id)-1"])
        try payments.store.append(.undone(sequence: recorded.sequence), to: visit.id, at: StoreFixture.start)
        #expect(try payments.obligations(caseIndex: 0).isEmpty)
    }

    @Test func aNewerPlanAddsItsOwnObligationsDownPaymentFirst() throws {
        let payments = try PaymentFixture()
        let promise = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let plan = try payments.agree(.planAgreed(Self.plan), caseIndex: 0, at: StoreFixture.start.addingTimeInterval(86_400 * 10))
        let rows = try payments.obligations(caseIndex: 0, on: CalendarDay(year: 2026, month: 1, day: 12))
        #expect(rows.map(\.obligation.id) == ["V\(plan)-0", "V\(promise)-1", "V\(plan)-1", "V\(plan)-2"])
        #expect(rows[0].obligation.due == CalendarDay(year: 2026, month: 1, day: 11), "the down payment is due the day the plan is agreed")
        #expect(rows.map(\.state) == [.pending, .pending, .pending, .pending])
        #expect(try payments.status(0) == .planAgreed)
    }

    @Test func aHandMarkOverridesTheRuleAndIsInTheChain() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let id = "V\(visit)-1"
        let event = try payments.store.record(.obligationMarked(obligationID: id, state: .kept, reason: "债务人出示了柜台现金收据"),
                                              caseID: payments.caseID(0), at: PaymentFixture.postedAt)
        #expect(event.sequence == 1)
        let row = try #require(try payments.store.obligation(id: id))
        #expect(row.settled == .kept && row.markReason == "债务人出示了柜台现金收据" && row.state(on: PaymentFixture.today) == .kept)
        #expect(try payments.status(0) == .kept)
        _ = try #require(try payments.posted(PaymentImportTests.header + "HB-2025-0113,2026-03-02,500\n"))
        #expect(try payments.store.obligation(id: id)?.paid == .zero, "a marked obligation takes no payment")
        #expect(try payments.store.chainReport().isIntact)
    }

    @Test func aHandMarkNeedsAReasonAndAKnownObligation() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        #expect(throws: StoreError.invalidCaseRecord(reference: "HB-2025-0113", reason: LocalizedText(zh: "手动标记需要写明原因", en: "a mark by hand needs a reason"))) {
            try payments.store.record(.obligationMarked(obligationID: "V\(visit)-1", state: .broken, reason: "  "), caseID: payments.caseID(0), at: PaymentFixture.postedAt)
        }
        #expect(throws: StoreError.self) {
            try payments.store.record(.obligationMarked(obligationID: "V999-1", state: .broken, reason: "x"), caseID: payments.caseID(0), at: PaymentFixture.postedAt)
        }
        #expect(try payments.store.obligation(id: "V999-1") == nil)
    }

    @Test func obligationsAreListedByDueDayAndStateOnTheDayAsked() throws {
        let payments = try PaymentFixture()
        try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        try payments.agree(.planAgreed(Self.plan), caseIndex: 2)
        _ = try #require(try payments.posted(PaymentImportTests.header + "HB-2025-0241,2026-01-01,300\nHB-2025-0241,2026-04-02,200\n"))
        let march10 = CalendarDay(year: 2026, month: 3, day: 10)
        let all = try payments.store.obligations(ObligationQuery(day: march10))
        #expect(all.map(\.caseReference) == ["HB-2025-0241", "HB-2025-0113", "HB-2025-0241", "HB-2025-0241"])
        #expect(all.map(\.state) == [.kept, .broken, .pending, .pending])
        let dueBeforeApril = try payments.store.obligations(ObligationQuery(day: march10, dueBefore: Self.april1))
        #expect(dueBeforeApril.map(\.obligation.due) == [CalendarDay(year: 2026, month: 1, day: 1), PaymentFixture.march1])
        let june = try payments.store.obligations(ObligationQuery(day: PaymentFixture.today, state: .partlyKept))
        #expect(june.map(\.obligation.number) == [1] && june.map(\.obligation.paid) == [Money(yuan: 200)])
        let brokenInJune = try payments.store.obligations(ObligationQuery(day: PaymentFixture.today, state: .broken, caseID: payments.caseID(2)))
        #expect(brokenInJune.map(\.obligation.due) == [Self.may1])
    }

    @Test func dueBeforeIsAnIndexReadInDueOrder() throws {
        let payments = try PaymentFixture()
        let (sql, arguments) = VisitStore.obligationsSQL(ObligationQuery(day: PaymentFixture.today, dueBefore: Self.april1, state: .broken))
        let plan = try payments.store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX obligation_byDue (due<?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "no sort: the index gives due order: \(plan)")
    }

    @Test func theJSONCarriesTheContractKeys() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 1_500), caseIndex: 0)
        let json = ObligationExport.json(try payments.obligations(caseIndex: 0))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects[0]["case"] as? String == "HB-2025-0113")
        #expect(objects[0]["due"] as? String == "2026-03-01")
        #expect(objects[0]["amount"] as? String == "1500.00")
        #expect(objects[0]["paid"] as? String == "0.00")
        #expect(objects[0]["state"] as? String == "broken")
        #expect(objects[0]["id"] as? String == "V\(visit)-1")
        #expect(objects[0]["grace_ends"] as? String == "2026-03-04")
        #expect(objects[0]["mark_reason"] is NSNull)
    }

    @Test func graceDaysComeFromTheConfigurationWithinTheirRange() throws {
        let config = try VisitDeskConfig.parse("[obligations]\ngrace_days = 7\n", file: "/c.toml")
        #expect(config.paymentRule.graceDays == 7)
        #expect(try VisitDeskConfig.parse("", file: "/c.toml").paymentRule.graceDays == PaymentRule.defaultGraceDays)
        #expect(throws: ConfigError.badValue(file: "/c.toml", line: 2, key: "obligations.grace_days", reason: "61 is not between 0 and 60")) {
            try VisitDeskConfig.parse("[obligations]\ngrace_days = 61\n", file: "/c.toml")
        }
        #expect(throws: ConfigError.wrongType(file: "/c.toml", line: 2, key: "obligations.grace_days", expected: "a whole number")) {
            try VisitDeskConfig.parse("[obligations]\ngrace_days = \"3\"\n", file: "/c.toml")
        }
    }
}
