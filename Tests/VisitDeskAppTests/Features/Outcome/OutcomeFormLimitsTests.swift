import Testing
import TUI
import VisitDesk
@testable import VisitDeskApp

/// The outcome form refuses figures outside the domain limits, with the reason beside the field.
@Suite struct OutcomeFormLimitsTests {
    let today = CalendarDay(year: 2026, month: 11, day: 20)

    /// The error beside each field after submitting `code` with `values` typed in.
    func errors(_ code: OutcomeCode, _ values: [OutcomeField: String]) -> [OutcomeField: String] {
        var form = OutcomeForm.make(code, loanCase: AppFixture.cases[0], language: .en)
        let layout = OutcomeForm.fields(for: code)
        for (field, text) in values {
            form.fields[layout.firstIndex(of: field)!].kind = .text(LineEditor(text))
        }
        guard case .failure(let failed) = OutcomeForm.parse(code, form, today: today, language: .en) else { return [:] }
        var errors: [OutcomeField: String] = [:]
        for (field, entry) in zip(layout, failed.form.fields) where entry.error != nil { errors[field] = entry.error }
        return errors
    }

    static let plan: [OutcomeField: String] = [.total: "12000", .instalmentCount: "12", .firstDue: "2026-12-01"]

    @Test func aPlanWithinTheLimitsIsAccepted() {
        #expect(errors(.planAgreed, OutcomeFormLimitsTests.plan.merging([.statedMonthlyIncome: "1000000000"]) { $1 }) == [:])
    }

    @Test func planFiguresBeyondTheLimitsAreNamedBesideTheirField() {
        let plan = OutcomeFormLimitsTests.plan
        #expect(errors(.planAgreed, plan.merging([.total: "1000000000.01"]) { $1 })
            == [.total: "the amount is more than the limit of ¥1,000,000,000.00"])
        #expect(errors(.planAgreed, plan.merging([.statedMonthlyIncome: "90000000000000000"]) { $1 })
            == [.statedMonthlyIncome: "the amount is more than the limit of ¥1,000,000,000.00"])
        #expect(errors(.planAgreed, plan.merging([.instalmentCount: "99999999999999999999"]) { $1 }) == [.instalmentCount: "at most 600"])
        #expect(errors(.planAgreed, plan.merging([.instalmentCount: "601"]) { $1 })
            == [.instalmentCount: "the number of instalments must be 1 to 600"])
        #expect(errors(.planAgreed, plan.merging([.firstDue: "2101-01-01"]) { $1 })
            == [.firstDue: "the date 2101-01-01 is outside 2000-01-01…2100-12-31"])
        #expect(errors(.planAgreed, plan.merging([.instalmentCount: "600", .firstDue: "2090-01-01"]) { $1 })
            == [.firstDue: "instalment 133 would fall due on 2101-01-01, outside 2000-01-01…2100-12-31"])
    }

    @Test func promiseFiguresBeyondTheLimitsAreNamedBesideTheirField() {
        #expect(errors(.promiseToPay, [.date: "2026-12-01", .amount: "1000000001"])
            == [.amount: "the amount is more than the limit of ¥1,000,000,000.00"])
        #expect(errors(.promiseToPay, [.date: "9999-12-31", .amount: "100"]) == [.date: "the date 9999-12-31 is outside 2000-01-01…2100-12-31"])
        #expect(errors(.promiseToPay, [.date: "2026-11-19", .amount: "100"]) == [.date: "the date cannot be before today (2026-11-20)"])
        #expect(errors(.rescheduled, [.date: "2200-01-01"]) == [.date: "the date 2200-01-01 is outside 2000-01-01…2100-12-31"])
    }
}
