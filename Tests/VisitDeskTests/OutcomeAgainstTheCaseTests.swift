import Testing
@testable import VisitDesk

/// What a person enters is checked against the case and itself: nothing above what is owed,
/// count and amount that agree, an extension that does not start in the past.
@Suite struct OutcomeAgainstTheCaseTests {
    let day = CalendarDay(year: 2026, month: 2, day: 1)

    @Test func aPromiseOrPlanAboveTheOutstandingIsRefusedNamingIt() throws {
        let owed = Money(yuan: 1_000)
        #expect { try Outcome.promiseToPay(date: day, amount: Money(fen: 100_001), method: .bankTransfer).validate(outstanding: owed) }
            throws: { ($0 as? OutcomeError) == .field(.amount, message: LocalizedText(zh: "超过了欠款 ¥1,000.00", en: "more than the ¥1,000.00 outstanding")) }
        let plan = try RepaymentPlan.make(total: Money(yuan: 1_200), instalmentCount: 2, frequency: .monthly, firstDue: day, method: .bankTransfer)
        #expect { try Outcome.planAgreed(plan).validate(outstanding: owed) } throws: { ($0 as? OutcomeError)?.field == .total }
        #expect(throws: Never.self) {
            try Outcome.promiseToPay(date: day, amount: owed, method: .bankTransfer).validate(outstanding: owed)
            try Outcome.paidInFull(amount: Money(yuan: 2_000), method: .bankTransfer).validate(outstanding: owed)
        }
    }

    @Test func countAndAmountThatAgreeMakeOnePlan() throws {
        let make = { (count: Int, amount: Money) throws(OutcomeError) -> RepaymentPlan in
            try RepaymentPlan.make(total: Money(yuan: 10_000), instalmentCount: count, instalmentAmount: amount,
                                   frequency: .monthly, firstDue: self.day, method: .bankTransfer)
        }
        let byCount = try make(3, Money(fen: 333_333))
        #expect(byCount.schedule.map(\.amount) == [Money(fen: 333_333), Money(fen: 333_333), Money(fen: 333_334)])
        let byAmount = try make(3, Money(fen: 333_334))
        #expect(byAmount.schedule.map(\.amount) == [Money(fen: 333_334), Money(fen: 333_334), Money(fen: 333_332)])
        let even = try make(4, Money(yuan: 2_500))
        #expect(even.schedule.count == 4 && even.scheduledTotal == Money(yuan: 10_000))
        #expect { try make(3, Money(yuan: 1_000)) } throws: { error in
            (error as? OutcomeError)?.message.en == "does not agree with the count: 3 instalments are about ¥3,333.33 each, or ¥1,000.00 each takes 10"
        }
    }

    @Test func anExtensionNeedsADueDateNotInThePast() {
        #expect { try Outcome.extensionAgreed(newDueDate: day.adding(days: -1), note: "").validate(today: day) }
            throws: { ($0 as? OutcomeError)?.field == .newDueDate }
        #expect(throws: Never.self) { try Outcome.extensionAgreed(newDueDate: day, note: "宽限一个月").validate(today: day) }
        #expect(Outcome.extensionAgreed(newDueDate: day, note: "").code.label.zh == "延期 / 宽限")
    }
}
