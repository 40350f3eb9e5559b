import Foundation
import Testing
@testable import VisitDesk

@Suite struct PlanTests {
    let today = CalendarDay(year: 2026, month: 1, day: 31)

    @Test(arguments: [1, 2, 3, 6, 7, 12, 24, 36, 599])
    func scheduleSumsExactlyToTheTotal(count: Int) throws {
        let plan = try RepaymentPlan.make(total: Money(fen: 6_212_070), downPayment: Money(fen: 500_000), instalmentCount: count,
                                          frequency: .monthly, firstDue: today, method: .alipayAutoDebit)
        #expect(plan.schedule.count == count)
        #expect(plan.scheduledTotal == Money(fen: 6_212_070))
        let regular = plan.schedule.dropLast().map(\.amount)
        #expect(Set(regular).count <= 1)
        #expect(plan.schedule.last!.amount >= (regular.first ?? .zero))
        try plan.validate()
    }

    @Test func lastInstalmentAbsorbsTheRounding() throws {
        let plan = try RepaymentPlan.make(total: Money(fen: 10_000), instalmentCount: 3, frequency: .monthly,
                                          firstDue: today, method: .bankTransfer)
        #expect(plan.schedule.map(\.amount.fen) == [3_333, 3_333, 3_334])
    }

    @Test func instalmentAmountGivesTheCount() throws {
        let plan = try RepaymentPlan.make(total: Money(yuan: 10_000), downPayment: Money(yuan: 1_000),
                                          instalmentAmount: Money(yuan: 2_000), frequency: .weekly, firstDue: today,
                                          method: .cashWithReceipt)
        #expect(plan.instalmentCount == 5)
        #expect(plan.schedule.map(\.amount) == [2_000, 2_000, 2_000, 2_000, 1_000].map { Money(yuan: $0) })
        #expect(plan.schedule.map(\.due.description) == ["2026-01-31", "2026-02-07", "2026-02-14", "2026-02-21", "2026-02-28"])
        #expect(plan.scheduledTotal == Money(yuan: 10_000))
    }

    @Test func monthlyDueDatesKeepTheDayOrTheMonthsLastDay() throws {
        let plan = try RepaymentPlan.make(total: Money(yuan: 400), instalmentCount: 4, frequency: .monthly,
                                          firstDue: today, method: .other(description: ""))
        #expect(plan.schedule.map(\.due.description) == ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"])
        let biweekly = try RepaymentPlan.make(total: Money(yuan: 400), instalmentCount: 2, frequency: .biweekly,
                                              firstDue: today, method: .other(description: ""))
        #expect(biweekly.schedule.map(\.due.description) == ["2026-01-31", "2026-02-14"])
    }

    @Test(arguments: [
        (Money(yuan: 0), Money.zero, 3 as Int?, nil as Money?, OutcomeField.total),
        (Money(yuan: 100), Money(yuan: 100), 3, nil, .downPayment),
        (Money(yuan: 100), Money(fen: -1), 3, nil, .downPayment),
        (Money(yuan: 100), .zero, nil, nil, .instalmentCount),
        (Money(yuan: 100), .zero, 3, Money(yuan: 10), .instalmentAmount),
        (Money(yuan: 100), .zero, 0, nil, .instalmentCount),
        (Money(yuan: 100), .zero, 601, nil, .instalmentCount),
        (Money(fen: 5), .zero, 10, nil, .instalmentCount),
        (Money(yuan: 100), .zero, nil, Money(yuan: 101), .instalmentAmount),
        (Money(yuan: 100), .zero, nil, Money.zero, .instalmentAmount),
        (Money(yuan: 100_000), .zero, nil, Money(fen: 1), .instalmentAmount),
    ])
    func badPlanFieldsAreNamed(total: Money, down: Money, count: Int?, amount: Money?, field: OutcomeField) {
        #expect {
            try RepaymentPlan.make(total: total, downPayment: down, instalmentCount: count, instalmentAmount: amount,
                                   frequency: .monthly, firstDue: today, method: .other(description: ""))
        } throws: { ($0 as? OutcomeError)?.field == field }
    }

    @Test func promiseNeedsADateNotInThePastAndAPositiveAmount() throws {
        try Outcome.promiseToPay(date: today, amount: Money(yuan: 1), method: .bankTransfer).validate(today: today)
        #expect(throws: OutcomeError.self) {
            try Outcome.promiseToPay(date: today.adding(days: -1), amount: Money(yuan: 1), method: .bankTransfer).validate(today: today)
        }
        #expect {
            try Outcome.promiseToPay(date: today.adding(days: -1), amount: Money(yuan: 1), method: .other(description: "")).validate(today: today)
        } throws: { ($0 as? OutcomeError)?.field == .date }
        #expect {
            try Outcome.promiseToPay(date: today, amount: .zero, method: .other(description: "")).validate(today: today)
        } throws: { ($0 as? OutcomeError)?.field == .amount }
    }

    @Test func otherOutcomesAreCheckedFieldByField() throws {
        let plan = try RepaymentPlan.make(total: Money(yuan: 300), instalmentCount: 3, frequency: .monthly,
                                          firstDue: today.adding(days: -1), method: .other(description: ""))
        #expect { try Outcome.planAgreed(plan).validate(today: today) } throws: { ($0 as? OutcomeError)?.field == .firstDue }
        var tampered = plan
        tampered.firstDue = today
        tampered.schedule[0].amount = Money(yuan: 1)
        #expect { try Outcome.planAgreed(tampered).validate(today: today) } throws: { ($0 as? OutcomeError)?.field == .total }
        #expect { try Outcome.paidInFull(amount: .zero, method: .other(description: "")).validate(today: today) } throws: { ($0 as? OutcomeError)?.field == .amount }
        #expect { try Outcome.disputed(reason: "  ").validate(today: today) } throws: { ($0 as? OutcomeError)?.field == .reason }
        #expect { try Outcome.thirdPartyOnly(who: "").validate(today: today) } throws: { ($0 as? OutcomeError)?.field == .who }
        #expect { try Outcome.rescheduled(date: today.adding(days: -3), note: "").validate(today: today) } throws: { ($0 as? OutcomeError)?.field == .date }
        try Outcome.refusedToPay(reason: "").validate(today: today)
        try Outcome.noContact.validate(today: today)
        try Outcome.askedToLeave.validate(today: today)
    }

    @Test func datesParseAsWrittenOrRelativeToToday() throws {
        #expect(try CalendarDay.parse("2026-03-01", today: today) == CalendarDay(year: 2026, month: 3, day: 1))
        #expect(try CalendarDay.parse("+7d", today: today) == CalendarDay(year: 2026, month: 2, day: 7))
        #expect(try CalendarDay.parse(" +0d ", today: today) == today)
        #expect(try CalendarDay.parse("2024-02-29", today: today) == CalendarDay(year: 2024, month: 2, day: 29))
    }

    @Test(arguments: [
        ("", CalendarDayParseError.Problem.empty),
        ("2026/03/01", .badFormat),
        ("2026-3-1", .badFormat),
        ("+7", .badFormat),
        ("+-3d", .badFormat),
        ("+d", .badFormat),
        ("tomorrow", .badFormat),
        ("2025-02-29", .noSuchDay),
        ("2026-13-01", .noSuchDay),
        ("2026-04-31", .noSuchDay),
        ("+4000d", .tooFarAhead),
    ] as [(String, CalendarDayParseError.Problem)])
    func badDatesSayWhy(text: String, problem: CalendarDayParseError.Problem) {
        #expect(throws: CalendarDayParseError(text: text, problem: problem)) { try CalendarDay.parse(text, today: today) }
    }

    @Test func calendarArithmeticRoundTrips() throws {
        for dayNumber in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(dayNumber: dayNumber).dayNumber == dayNumber)
        }
        #expect(CalendarDay(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDay(year: 2000, month: 3, day: 1).adding(days: -1) == CalendarDay(year: 2000, month: 2, day: 29))
        #expect(today.days(until: CalendarDay(year: 2026, month: 3, day: 2)) == 30)
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let lateUTC = Date(timeIntervalSince1970: Double(today.dayNumber) * 86_400 + 17 * 3_600) // 01:00 next day in Shanghai
        #expect(CalendarDay(lateUTC, in: shanghai) == today.adding(days: 1))
        #expect(today.start(in: shanghai).timeIntervalSince1970 == Double(today.dayNumber) * 86_400 - 8 * 3_600)
    }

    @Test func timestampsRoundTripToTheMillisecond() throws {
        let date = Date(timeIntervalSince1970: 1_767_225_600.1234)
        let text = Timestamp.iso8601(date)
        #expect(text == "2026-01-01T00:00:00.123Z")
        let back = try #require(Timestamp.parse(text))
        #expect(Timestamp.iso8601(back) == text)
        #expect(back == Timestamp.normalized(date))
        #expect(Timestamp.parse("2026-01-01 00:00:00") == nil)
    }
}
