import Testing
@testable import VisitDesk

/// The payment rule's edge cases, one by one, on the rule itself (`PaymentRule.settle`).
@Suite struct PaymentRuleTests {
    static let agreed = CalendarDay(year: 2026, month: 2, day: 20)
    static let march1 = CalendarDay(year: 2026, month: 3, day: 1)

    static func term(_ id: String, agreedOn: CalendarDay = agreed, due: CalendarDay = march1, yuan: Int64 = 500) -> PaymentRule.Term {
        PaymentRule.Term(id: id, visitID: 1, number: 1, agreedOn: agreedOn, due: due, amount: Money(yuan: yuan))
    }

    static func pay(_ day: CalendarDay, yuan: Int64) -> Payment {
        Payment(day: day, amount: Money(yuan: yuan), source: "bank.csv:\(day)")
    }

    static func settle(_ terms: [PaymentRule.Term], _ payments: [Payment], graceDays: Int = 3,
                       marks: [String: ObligationHandMark] = [:]) -> [String: Obligation] {
        let obligations = PaymentRule(graceDays: graceDays).settle(terms, caseID: 7, payments: payments, marks: marks)
        return Dictionary(uniqueKeysWithValues: obligations.map { ($0.id, $0) })
    }

    @Test func paymentOnTheLastDayOfGraceKeepsThePromise() {
        let promise = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1.adding(days: 3), yuan: 500)])["V1-1"]!
        #expect(promise.graceEnds == CalendarDay(year: 2026, month: 3, day: 4))
        #expect(promise.paid == Money(yuan: 500) && promise.settled == .kept)
        #expect(promise.state(on: CalendarDay(year: 2026, month: 12, day: 1)) == .kept)
    }

    @Test func paymentOneDayAfterGraceCountsForNothing() {
        let promise = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1.adding(days: 4), yuan: 500)])["V1-1"]!
        #expect(promise.paid == .zero && promise.settled == .pending)
        #expect(promise.state(on: Self.march1.adding(days: 4)) == .broken)
    }

    @Test func paymentBeforeTheAgreementDayIsIgnored() {
        let promise = Self.settle([Self.term("V1-1")], [Self.pay(Self.agreed.adding(days: -1), yuan: 500)])["V1-1"]!
        #expect(promise.paid == .zero)
        #expect(promise.state(on: Self.march1) == .pending)
        let onTheDay = Self.settle([Self.term("V1-1")], [Self.pay(Self.agreed, yuan: 500)])["V1-1"]!
        #expect(onTheDay.settled == .kept)
    }

    @Test func onePaymentCoversTwoInstalmentsInDueOrder() {
        let april1 = CalendarDay(year: 2026, month: 4, day: 1)
        let settled = Self.settle([Self.term("V1-2", due: april1), Self.term("V1-1")], [Self.pay(Self.march1, yuan: 1_000)])
        #expect(settled["V1-1"]?.settled == .kept && settled["V1-2"]?.settled == .kept)
        #expect(settled["V1-2"]?.paid == Money(yuan: 500))
    }

    @Test func partOfAPaymentGoesToTheNextInstalment() {
        let april1 = CalendarDay(year: 2026, month: 4, day: 1)
        let settled = Self.settle([Self.term("V1-1"), Self.term("V1-2", due: april1)], [Self.pay(Self.march1, yuan: 700)])
        #expect(settled["V1-1"]?.settled == .kept)
        #expect(settled["V1-2"]?.paid == Money(yuan: 200) && settled["V1-2"]?.state(on: april1) == .pending)
        #expect(settled["V1-2"]?.state(on: april1.adding(days: 4)) == .partlyKept)
    }

    @Test func overpaymentIsLeftOverNotCreditedToALaterPromise() {
        let later = Self.term("V2-1", agreedOn: Self.march1.adding(days: 10), due: CalendarDay(year: 2026, month: 4, day: 1))
        let settled = Self.settle([Self.term("V1-1"), later], [Self.pay(Self.march1, yuan: 800)])
        #expect(settled["V1-1"]?.paid == Money(yuan: 500) && settled["V1-1"]?.settled == .kept)
        #expect(settled["V2-1"]?.paid == .zero, "money paid before V2 was agreed does not count for it")
    }

    @Test func partialPaymentIsPendingUntilGraceEndsThenPartlyKept() {
        let promise = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1, yuan: 200)])["V1-1"]!
        #expect(promise.paid == Money(yuan: 200) && promise.settled == .pending)
        #expect(promise.state(on: promise.graceEnds) == .pending)
        #expect(promise.state(on: promise.graceEnds.adding(days: 1)) == .partlyKept)
    }

    @Test func nothingPaidIsBrokenTheDayAfterGraceEnds() {
        let promise = Self.settle([Self.term("V1-1")], [])["V1-1"]!
        #expect(promise.state(on: Self.march1) == .pending)
        #expect(promise.state(on: promise.graceEnds) == .pending)
        #expect(promise.state(on: promise.graceEnds.adding(days: 1)) == .broken)
    }

    @Test func aPromiseNotYetDueIsPending() {
        let promise = Self.settle([Self.term("V1-1")], [Self.pay(Self.agreed, yuan: 100)])["V1-1"]!
        #expect(promise.state(on: Self.agreed.adding(days: 1)) == .pending)
    }

    @Test func handMarkOverridesTheRuleAndTakesNoPayment() {
        let april1 = CalendarDay(year: 2026, month: 4, day: 1)
        let marks = ["V1-1": ObligationHandMark(state: .kept, reason: "已在柜台现金还款，见收据")]
        let settled = Self.settle([Self.term("V1-1"), Self.term("V1-2", due: april1)], [Self.pay(Self.march1, yuan: 500)], marks: marks)
        #expect(settled["V1-1"]?.settled == .kept && settled["V1-1"]?.paid == .zero && settled["V1-1"]?.markReason == "已在柜台现金还款，见收据")
        #expect(settled["V1-2"]?.paid == Money(yuan: 500) && settled["V1-2"]?.settled == .kept)

        let broken = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1, yuan: 500)],
                                 marks: ["V1-1": ObligationHandMark(state: .broken, reason: "银行退回了这笔款")])["V1-1"]!
        #expect(broken.settled == .broken && broken.paid == .zero && broken.state(on: Self.march1) == .broken)
    }

    @Test func aMarkBackToPendingHandsTheObligationBackToTheRule() {
        let promise = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1, yuan: 500)],
                                  marks: ["V1-1": ObligationHandMark(state: .pending, reason: "之前标错了")])["V1-1"]!
        #expect(promise.settled == .kept && promise.paid == Money(yuan: 500) && promise.markReason == nil)
    }

    @Test func withNoGraceOnlyAPaymentByTheDueDayCounts() {
        let onTime = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1, yuan: 500)], graceDays: 0)["V1-1"]!
        #expect(onTime.graceEnds == Self.march1 && onTime.settled == .kept)
        let late = Self.settle([Self.term("V1-1")], [Self.pay(Self.march1.adding(days: 1), yuan: 500)], graceDays: 0)["V1-1"]!
        #expect(late.paid == .zero && late.state(on: Self.march1.adding(days: 1)) == .broken)
    }

    @Test func graceDaysStayWithinTheirRange() {
        #expect(PaymentRule(graceDays: 99).graceDays == 60)
        #expect(PaymentRule(graceDays: -1).graceDays == 0)
        #expect(PaymentRule().graceDays == PaymentRule.defaultGraceDays)
    }

    @Test func planDownPaymentIsDueOnTheAgreementDay() throws {
        let plan = RepaymentPlan(total: Money(yuan: 1_300), downPayment: Money(yuan: 300), instalmentCount: 2, frequency: .monthly,
                                 firstDue: Self.march1, method: .bankTransfer, statedMonthlyIncome: nil,
                                 schedule: [Instalment(number: 1, due: Self.march1, amount: Money(yuan: 500)),
                                            Instalment(number: 2, due: CalendarDay(year: 2026, month: 4, day: 1), amount: Money(yuan: 500))])
        let terms = Outcome.planAgreed(plan).obligationTerms(agreedOn: Self.agreed)
        #expect(terms.map(\.number) == [0, 1, 2])
        #expect(terms[0].due == Self.agreed && terms[0].amount == Money(yuan: 300))
        let settled = Self.settle(terms.map { Self.term("V1-\($0.number)", due: $0.due, yuan: $0.amount.fen / 100) },
                                  [Self.pay(Self.agreed, yuan: 300)])
        #expect(settled["V1-0"]?.settled == .kept && settled["V1-1"]?.paid == .zero)
        let noDown = Outcome.planAgreed(RepaymentPlan(total: plan.total, downPayment: .zero, instalmentCount: 2, frequency: .monthly,
                                                      firstDue: Self.march1, method: .bankTransfer, statedMonthlyIncome: nil,
                                                      schedule: plan.schedule))
        #expect(noDown.obligationTerms(agreedOn: Self.agreed).map(\.number) == [1, 2])
    }

    @Test func paymentsCountInDayOrderNotInPostingOrder() {
        let early = Self.term("V1-1"), late = Self.term("V1-2", due: CalendarDay(year: 2026, month: 4, day: 1))
        // The April payment was posted first; the March one still goes to March's instalment.
        let settled = Self.settle([early, late], [Self.pay(CalendarDay(year: 2026, month: 4, day: 1), yuan: 500), Self.pay(Self.march1, yuan: 500)])
        #expect(settled["V1-1"]?.settled == .kept && settled["V1-2"]?.settled == .kept)
    }
}
