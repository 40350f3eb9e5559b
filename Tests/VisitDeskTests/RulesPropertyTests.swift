import Foundation
import PropertyBased
import Testing
@testable import VisitDesk

@Suite struct RulesPropertyTests {
    let engine = RuleEngine(config: RuleConfig(timeZone: RulesTests.shanghai))

    func warnings(_ outcome: Outcome, loanCase: LoanCase = StoreFixture.cases[0]) throws -> [RuleWarning] {
        var script = RulesTests().properVisit()
        script.add(.outcomeRecorded(outcome))
        return engine.evaluate(visit: try script.fold(), playbook: RulesTests.playbook, loanCase: loanCase, now: RulesTests.at(10, 30))
    }

    @Test func anyRecordedPlanGivesWarningsWithoutTrappingAndFlagsFiguresOutOfRange() async {
        await propertyCheck(count: 1_000, input: AbsurdValues.plan) { plan in
            let ids = try warnings(.planAgreed(plan)).map(\.id)
            let sound = (try? plan.validate()) != nil
            #expect(ids.contains(.figuresOutOfRange) == !sound)
        }
    }

    @Test func anyOutcomeAndAnyCaseFiguresGiveWarningsWithoutTrapping() async {
        await propertyCheck(count: 500, input: AbsurdValues.outcome, AbsurdValues.money, AbsurdValues.int) { outcome, outstanding, days in
            var loanCase = StoreFixture.cases[0]
            loanCase.outstanding = outstanding
            loanCase.daysOverdue = days
            let ids = try warnings(outcome, loanCase: loanCase).map(\.id)
            let sound = (try? outcome.validateFigures()) != nil && DomainLimits.contains(outstanding)
                && (0...DomainLimits.maximumDaysOverdue).contains(days)
            #expect(ids.contains(.figuresOutOfRange) == !sound)
        }
    }

    @Test func affordabilityFollowsTheStatedIncomeForAnyPlanInRange() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 1...DomainLimits.maximumAmount.fen), Gen.int(in: 1...600),
                            Gen<PlanFrequency>.case) { totalFen, count, frequency in
            guard let plan = try? RepaymentPlan.make(total: Money(fen: totalFen), instalmentCount: count, frequency: frequency,
                                                     firstDue: CalendarDay(year: 2026, month: 1, day: 1), method: .other(description: ""))
            else { return }
            let monthly = try #require(plan.largestMonthlyPayment)
            var poor = plan
            poor.statedMonthlyIncome = .zero
            var comfortable = plan
            comfortable.statedMonthlyIncome = Money(fen: min(monthly.fen * 2, DomainLimits.maximumAmount.fen))
            #expect(try warnings(.planAgreed(poor)).map(\.id).contains(.instalmentAboveIncomeShare))
            let comfortableIDs = try warnings(.planAgreed(comfortable)).map(\.id)
            #expect(comfortableIDs.contains(.instalmentAboveIncomeShare) == (monthly.fen * 2 > DomainLimits.maximumAmount.fen))
            #expect(!comfortableIDs.contains(.figuresOutOfRange))
        }
    }

    func weeklyPlan(of fen: Int64, income: Money) -> Outcome {
        let due = CalendarDay(year: 2026, month: 1, day: 8)
        return .planAgreed(RepaymentPlan(total: Money(fen: fen), downPayment: .zero, instalmentCount: 1, frequency: .weekly, firstDue: due,
                                         method: .bankTransfer, statedMonthlyIncome: income,
                                         schedule: [Instalment(number: 1, due: due, amount: Money(fen: fen))]))
    }

    @Test func aHugePlanOnATinyIncomeWarnsOfBothInsteadOfTrapping() throws {
        let found = try warnings(weeklyPlan(of: 9_000_000_000_000_000, income: Money(fen: 1)))
        #expect(found.map(\.id) == [.figuresOutOfRange, .instalmentAboveIncomeShare])
        #expect(found[0].text.en == "Figures out of range — outcome “Repayment plan agreed”, total: the amount ¥90,000,000,000,000.00 is more than the limit of ¥1,000,000,000.00. Check this record.")
    }

    @Test func aPlanWhoseMonthlyFigureOverflowsWarnsOfFiguresOutOfRange() throws {
        for fen in [900_000_000_000_000_000, Int64.max] {
            #expect(try warnings(weeklyPlan(of: fen, income: Money(fen: 1))).map(\.id) == [.figuresOutOfRange])
        }
    }
}
