import Foundation
import Testing
@testable import VisitDesk

/// The summary's "Obligations" section: what the visit's outcome obliges the debtor to pay, read
/// from the store, each in its state on the day the summary is made.
@Suite struct SummaryObligationsTests {
    let rules = RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    static let march4 = CalendarDay(year: 2026, month: 3, day: 4)
    static let march5 = CalendarDay(year: 2026, month: 3, day: 5)

    /// The summary of visit `visitID` as `visitdesk summary` makes it, on `day`.
    func summary(_ payments: PaymentFixture, visitID: Int64, on day: CalendarDay) throws -> VisitSummary {
        let visit = try payments.store.visit(id: visitID)
        let loanCase = try #require(try payments.store.loanCase(id: visit.caseID))
        return VisitSummary.make(visit: visit, loanCase: loanCase, playbook: try BuiltInPlaybooks.agent, rules: rules,
                                 obligations: try payments.store.obligations(visitID: visitID, caseID: visit.caseID), day: day,
                                 now: PaymentFixture.postedAt)
    }

    func section(_ summary: VisitSummary, _ language: Language = .en) -> RecordSection? {
        summary.document(language: language).sections.first { $0.id == "obligations" }
    }

    func jsonObligations(_ summary: VisitSummary) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.json().utf8)) as? [String: Any])
        return try #require(object["obligations"] as? [[String: Any]])
    }

    @Test func aPromiseIsPendingUntilItsGraceEndsThenBroken() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let pending = try summary(payments, visitID: visit, on: Self.march4)
        #expect(pending.markdown(language: .en).contains("| V\(visit)-1 | 2026-03-01 | ¥500.00 | ¥0.00 | pending |"))
        #expect(pending.markdown(language: .zh).contains("| V\(visit)-1 | 2026-03-01 | ¥500.00 | ¥0.00 | 待履约 |"))
        let broken = try summary(payments, visitID: visit, on: Self.march5)
        #expect(broken.markdown(language: .en).contains("| V\(visit)-1 | 2026-03-01 | ¥500.00 | ¥0.00 | broken |"))
        #expect(broken.markdown(language: .en).contains("| As they stand on | 2026-03-05 |"))
        let ids = broken.document(language: .en).sections.map(\.id)
        #expect(ids.firstIndex(of: "obligations") == ids.firstIndex(of: "outcome").map { $0 + 1 }, "right after the outcome")
    }

    @Test func aPostedPaymentKeepsThePromise() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        try payments.store.record(.paymentPosted(Payment(day: CalendarDay(year: 2026, month: 3, day: 2), amount: Money(yuan: 500),
                                                         source: "bank-2026-03.csv:2")),
                                  caseID: payments.caseID(0), at: PaymentFixture.postedAt)
        let kept = try summary(payments, visitID: visit, on: PaymentFixture.today)
        #expect(kept.markdown(language: .en).contains("| V\(visit)-1 | 2026-03-01 | ¥500.00 | ¥500.00 | kept |"))
        let json = try jsonObligations(kept)
        #expect(json.count == 1)
        #expect(json[0]["id"] as? String == "V\(visit)-1" && json[0]["due"] as? String == "2026-03-01")
        #expect(json[0]["amount"] as? String == "500.00" && json[0]["paid"] as? String == "500.00")
        #expect(json[0]["state"] as? String == "kept" && json[0]["stateOn"] as? String == "2026-06-01")
    }

    @Test func aPlanListsItsDownPaymentAndInstalmentsAndOnlyItsOwn() throws {
        let payments = try PaymentFixture()
        let promise = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        let plan = try payments.agree(.planAgreed(ObligationStoreTests.plan), caseIndex: 0, at: StoreFixture.start.addingTimeInterval(86_400))
        let summary = try summary(payments, visitID: plan, on: CalendarDay(year: 2026, month: 4, day: 10))
        let table = try #require(section(summary)?.blocks.compactMap { block -> RecordTable? in
            if case .table(let table) = block { return table } else { return nil }
        }.first)
        #expect(table.rows.map { $0[0] } == ["V\(plan)-0", "V\(plan)-1", "V\(plan)-2"], "the promise V\(promise)-1 is another visit's")
        #expect(table.rows.map { $0[4] } == ["broken", "broken", "pending"])
        #expect(try jsonObligations(summary).map { $0["id"] as? String } == ["V\(plan)-0", "V\(plan)-1", "V\(plan)-2"])
    }

    @Test func aHandMarkShowsItsReason() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(PaymentFixture.promise(yuan: 500), caseIndex: 0)
        try payments.store.record(.obligationMarked(obligationID: "V\(visit)-1", state: .kept, reason: "债务人出示了柜台现金收据"),
                                  caseID: payments.caseID(0), at: PaymentFixture.postedAt)
        let summary = try summary(payments, visitID: visit, on: PaymentFixture.today)
        #expect(summary.markdown(language: .en).contains("- V\(visit)-1 — marked kept by hand: 债务人出示了柜台现金收据"))
        #expect(summary.markdown(language: .zh).contains("- V\(visit)-1 — 手工标记为已履约：债务人出示了柜台现金收据"))
        #expect(try jsonObligations(summary).first?["markReason"] as? String == "债务人出示了柜台现金收据")
    }

    @Test func aVisitThatAgreedNoPaymentHasNoSectionButTheJSONKey() throws {
        let payments = try PaymentFixture()
        let visit = try payments.agree(.noContact, caseIndex: 0)
        let summary = try summary(payments, visitID: visit, on: PaymentFixture.today)
        #expect(section(summary) == nil)
        #expect(try jsonObligations(summary).isEmpty)
    }

    @Test func aLongPlanIsShortenedInTheRecordButWholeInJSON() throws {
        let payments = try PaymentFixture()
        let plan = try RepaymentPlan.make(total: Money(yuan: 60_000), instalmentCount: 600, frequency: .weekly,
                                          firstDue: CalendarDay(year: 2026, month: 1, day: 5), method: .bankTransfer)
        let visit = try payments.agree(.planAgreed(plan), caseIndex: 0)
        // Weekly from 5 January: by 1 June the first 21 instalments are past their grace period, unpaid.
        let summary = try summary(payments, visitID: visit, on: PaymentFixture.today)
        let markdown = summary.markdown(language: .en)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| V\(visit)-") }
        #expect(rows.map { String($0.split(separator: "|")[0]).trimmingCharacters(in: .whitespaces) }
                == ["V\(visit)-1", "V\(visit)-2", "V\(visit)-3"] + (22...27).map { "V\(visit)-\($0)" })
        #expect(markdown.contains("| … |  |  |  |  |"), "a gap is shown where rows are left out")
        #expect(markdown.contains("591 more not listed: 573 pending, 18 broken"))
        #expect(summary.markdown(language: .zh).contains("另有 591 项未列出：待履约 573、已违约 18"))
        let json = try jsonObligations(summary)
        #expect(json.count == 600 && json.last?["id"] as? String == "V\(visit)-600")
    }

    @Test func theListedRowsAreTheFirstAndTheNextDue() {
        let pending = [ObligationState](repeating: .pending, count: 12)
        #expect(RecordDocumentBuilder.listedObligations(pending) == Array(0..<12), "twelve are listed whole")
        let long = [ObligationState](repeating: .kept, count: 10) + [ObligationState](repeating: .pending, count: 30)
        #expect(RecordDocumentBuilder.listedObligations(long) == [0, 1, 2] + Array(10..<16))
        let settled = [ObligationState](repeating: .kept, count: 40)
        #expect(RecordDocumentBuilder.listedObligations(settled) == [0, 1, 2] + Array(34..<40), "none pending: the last ones")
        let early = [ObligationState](repeating: .pending, count: 40)
        #expect(RecordDocumentBuilder.listedObligations(early) == Array(0..<6), "the first rows and the next due overlap")
    }
}
