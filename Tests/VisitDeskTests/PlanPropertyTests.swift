import PropertyBased
import Testing
@testable import VisitDesk

@Suite struct PlanPropertyTests {
    static let limit = DomainLimits.maximumAmount.fen
    /// First due dates from which even 600 monthly instalments end by 2100-12-31.
    static var firstDue: Generator<CalendarDay, some SendableSequenceType> {
        Gen.int(in: DomainLimits.earliestDay.dayNumber...CalendarDay(year: 2050, month: 12, day: 31).dayNumber)
            .map { CalendarDay(dayNumber: $0) }
    }

    func expectSound(_ plan: RepaymentPlan, total: Money) {
        #expect(plan.scheduledTotal == total)
        #expect((1...DomainLimits.maximumInstalments).contains(plan.instalmentCount))
        #expect(plan.schedule.count == plan.instalmentCount)
        #expect(plan.schedule.allSatisfy { $0.amount > .zero && DomainLimits.contains($0.due) })
        #expect(plan.largestMonthlyPayment != nil)
        #expect(throws: Never.self) { try plan.validate() }
    }

    @Test func aPlanByCountSumsExactlyToItsTotalForAnyFiguresInRange() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 1...PlanPropertyTests.limit), Gen.int64(in: 0...PlanPropertyTests.limit),
                            Gen.int(in: 1...DomainLimits.maximumInstalments), Gen<PlanFrequency>.case, PlanPropertyTests.firstDue) {
            totalFen, downFen, count, frequency, firstDue in
            let total = Money(fen: totalFen)
            let down = Money(fen: downFen % totalFen)
            do throws(OutcomeError) {
                let plan = try RepaymentPlan.make(total: total, downPayment: down, instalmentCount: count, frequency: frequency,
                                                  firstDue: firstDue, method: .bankTransfer, statedMonthlyIncome: total)
                expectSound(plan, total: total)
                #expect(plan.instalmentCount == count)
            } catch {
                #expect(error.field == .instalmentCount && totalFen - down.fen < Int64(count),
                        "only a rest smaller than one fen per instalment is refused, not \(error)")
            }
        }
    }

    @Test func aPlanByAmountSumsExactlyToItsTotalOrNamesTheTooSmallAmount() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 1...PlanPropertyTests.limit), Gen.int64(in: 1...PlanPropertyTests.limit),
                            Gen<PlanFrequency>.case, PlanPropertyTests.firstDue) { totalFen, amountFen, frequency, firstDue in
            let total = Money(fen: totalFen)
            let amount = Money(fen: amountFen % totalFen + 1)
            do throws(OutcomeError) {
                let plan = try RepaymentPlan.make(total: total, instalmentAmount: amount, frequency: frequency,
                                                  firstDue: firstDue, method: .other(description: ""))
                expectSound(plan, total: total)
            } catch {
                #expect(error.field == .instalmentAmount && (totalFen + amount.fen - 1) / amount.fen > 600)
            }
        }
    }

    @Test func anyFiguresAtAllGiveAPlanOrAnErrorBesideAFieldNeverATrap() async {
        await propertyCheck(count: 1_000, input: AbsurdValues.money, AbsurdValues.money, AbsurdValues.int, AbsurdValues.money.optional,
                            Gen<PlanFrequency>.case, AbsurdValues.day, AbsurdValues.money.optional, Gen.bool) {
            total, down, count, amount, frequency, firstDue, income, byCount in
            do throws(OutcomeError) {
                let plan = try RepaymentPlan.make(total: total, downPayment: down, instalmentCount: byCount ? count : nil,
                                                  instalmentAmount: byCount ? nil : amount, frequency: frequency,
                                                  firstDue: firstDue, method: .other(description: ""), statedMonthlyIncome: income)
                expectSound(plan, total: total)
                #expect(DomainLimits.contains(total) && DomainLimits.contains(firstDue))
                #expect(income.map(DomainLimits.contains) ?? true)
            } catch {
                #expect(!error.message.en.isEmpty)
            }
        }
    }

    func expectRefused(_ field: OutcomeField, naming text: String, _ make: () throws -> RepaymentPlan) {
        #expect {
            try make()
        } throws: { error in
            let error = error as? OutcomeError
            return error?.field == field && error?.message.en.contains(text) == true
        }
    }

    @Test func amountsAboveTheLimitAreRefusedBesideTheirFieldNamingTheLimit() {
        let day = CalendarDay(year: 2026, month: 3, day: 1)
        let over = Money(fen: DomainLimits.maximumAmount.fen + 1)
        expectRefused(.total, naming: "limit of ¥1,000,000,000.00") {
            try RepaymentPlan.make(total: over, instalmentCount: 12, frequency: .monthly, firstDue: day, method: .other(description: ""))
        }
        expectRefused(.statedMonthlyIncome, naming: "limit of ¥1,000,000,000.00") {
            try RepaymentPlan.make(total: Money(yuan: 1_000), instalmentCount: 12, frequency: .monthly, firstDue: day,
                                   method: .other(description: ""), statedMonthlyIncome: over)
        }
        expectRefused(.firstDue, naming: "outside 2000-01-01…2100-12-31") {
            try RepaymentPlan.make(total: Money(yuan: 1_000), instalmentCount: 12, frequency: .monthly,
                                   firstDue: CalendarDay(year: 9999, month: 1, day: 1), method: .other(description: ""))
        }
    }

    @Test func everyDueDateMustFallWithinTheDateRange() {
        expectRefused(.firstDue, naming: "instalment 133 would fall due on 2101-01-01, outside 2000-01-01…2100-12-31") {
            try RepaymentPlan.make(total: Money(yuan: 600), instalmentCount: 600, frequency: .monthly,
                                   firstDue: CalendarDay(year: 2090, month: 1, day: 1), method: .other(description: ""))
        }
    }

    @Test func anyRecordedPlanValidatesOrNamesAFieldWithoutTrapping() async {
        await propertyCheck(count: 1_000, input: AbsurdValues.plan) { plan in
            _ = plan.scheduledTotal
            _ = plan.largestMonthlyPayment
            do throws(OutcomeError) {
                try plan.validate()
                expectSound(plan, total: plan.total)
            } catch {
                #expect(!error.message.en.isEmpty)
            }
        }
    }

    @Test func dayArithmeticNeverTrapsAndStopsAtTheEdgeOfTheComputableYears() async {
        await propertyCheck(count: 1_000, input: AbsurdValues.day, AbsurdValues.int) { day, offset in
            let later = day.adding(days: offset)
            let monthsLater = day.adding(months: offset)
            #expect(CalendarDay.computableDayNumbers.contains(later.dayNumber))
            #expect(CalendarDay.computableYears.contains(monthsLater.year) && (1...12).contains(monthsLater.month))
            _ = day.days(until: later)
            _ = day.description
            _ = DomainLimits.contains(day)
        }
        #expect(CalendarDay(year: 9999, month: 12, day: 31).adding(days: .max).year == 1_000_000)
        #expect(CalendarDay(year: 2026, month: 1, day: 31).adding(months: .min).year == -1_000_000)
        #expect(CalendarDay(dayNumber: .max) == CalendarDay(year: 1_000_000, month: 12, day: 31))
        #expect(!DomainLimits.contains(CalendarDay(year: .max, month: .max, day: .max)))
        #expect(!DomainLimits.contains(CalendarDay(year: 2026, month: 2, day: 30)))
    }
}
