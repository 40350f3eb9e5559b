import Foundation
import TUI
import TestSupport
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The outcome form as an agent types into it (fixed clock: today is 2026-11-20 in Shanghai;
/// case 1 owes ¥62,120.70).
struct OutcomeFormHelpsTests {
    /// The desk with the outcome form of the outcome with `letter` open.
    func opened(_ letter: Character, width: Int = 120, height: Int = 40) -> DeskState {
        var state = AppFixture.withOpenVisit(width: width, height: height)
        AppFixture.press(&state, .character("o"), .character(letter))
        return state
    }

    func form(_ state: DeskState) -> Form? { (state.dialogs.last as? OutcomeFormDialog)?.form }

    func screen(_ state: DeskState) -> String { GoldenFile.screen(of: DeskRenderer.render(state)) }

    @Test func everyBadFieldShowsItsErrorAtOnce() {
        var state = opened("p")
        AppFixture.press(&state, .ctrl("u"))
        AppFixture.type(&state, "2020-01-01")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "abc")
        #expect(AppFixture.press(&state, .ctrl("s")).isEmpty)
        #expect(form(state)?.fields[0].error == "the date cannot be before today (2026-11-20)")
        let amountError = form(state)?.fields[1].error ?? ""
        #expect(amountError.hasPrefix("unexpected \"a\""))
        let text = screen(state)
        #expect(text.contains("the date cannot be before today (2026-11-20)"))
        #expect(text.contains(amountError), "the amount's error shows too, in full")
    }

    @Test func anErrorClearsAsSoonAsItsFieldIsCorrected() {
        var state = opened("p")
        AppFixture.press(&state, .ctrl("u"))
        AppFixture.type(&state, "2020-01-01")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "abc")
        AppFixture.press(&state, .ctrl("s"))
        AppFixture.press(&state, .backspace, .backspace, .backspace)
        AppFixture.type(&state, "30")
        #expect(form(state)?.fields[1].error == nil, "the amount reads now")
        #expect(form(state)?.fields[0].error != nil, "the date, not touched, keeps its error")
        AppFixture.press(&state, .up, .ctrl("u"))
        AppFixture.type(&state, "2020-02-01")
        #expect(form(state)?.fields[0].error == "the date cannot be before today (2026-11-20)", "still past: the error stays, brought up to date")
        AppFixture.press(&state, .ctrl("u"))
        AppFixture.type(&state, "+3d")
        #expect(form(state)?.fields[0].error == nil)
    }

    @Test func thePrefilledValueIsReplacedByTheFirstKeyNotAppendedTo() {
        var state = opened("p")
        #expect(form(state)?.text(at: 0) == "+7d")
        AppFixture.type(&state, "2026-12-01")
        #expect(form(state)?.text(at: 0) == "2026-12-01")

        var editing = opened("p")
        AppFixture.press(&editing, .backspace, .backspace)
        AppFixture.type(&editing, "14d")
        #expect(form(editing)?.text(at: 0) == "+14d", "Backspace keeps the suggestion for editing")

        var paid = opened("f")
        #expect(form(paid)?.text(at: 0) == "62120.70")
        AppFixture.type(&paid, "500")
        #expect(form(paid)?.text(at: 0) == "500")
    }

    @Test func aPromiseAboveWhatTheCaseOwesIsRefusedNamingTheAmount() {
        var state = opened("p")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "70000")
        #expect(AppFixture.press(&state, .ctrl("s")).isEmpty)
        #expect(form(state)?.fields[1].error == "more than the ¥62,120.70 outstanding")
    }

    @Test func aPlanAboveWhatTheCaseOwesIsRefusedNamingTheAmount() {
        var state = opened("l")
        AppFixture.type(&state, "62120.71")
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, "12")
        #expect(AppFixture.press(&state, .ctrl("s")).isEmpty)
        #expect(form(state)?.fields[0].error == "more than the ¥62,120.70 outstanding")
    }

    /// Types a plan of ¥12,000 over `count` instalments of `amount`, first due 2026-12-01, income `income`.
    func typePlan(_ state: inout DeskState, count: String, amount: String, income: String = "") {
        AppFixture.type(&state, "12000")
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, count)
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, amount)
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, "2026-12-01")
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, income)
    }

    @Test func countAndAmountMayBothBeGivenWhenTheyAgree() {
        var state = opened("l")
        typePlan(&state, count: "12", amount: "1000")
        let effects = AppFixture.press(&state, .ctrl("s"))
        guard case .outcomeRecorded(.planAgreed(let plan))? = AppFixture.writes(effects).first else {
            Issue.record("no plan recorded: \(form(state)?.fields.compactMap(\.error) ?? [])")
            return
        }
        #expect(plan.instalmentCount == 12)
        #expect(plan.schedule.allSatisfy { $0.amount == Money(yuan: 1000) })

        var disagreeing = opened("l")
        typePlan(&disagreeing, count: "10", amount: "1000")
        #expect(AppFixture.press(&disagreeing, .ctrl("s")).isEmpty)
        #expect(form(disagreeing)?.fields[3].error
            == "does not agree with the count: 10 instalments are about ¥1,200.00 each, or ¥1,000.00 each takes 12")
    }

    @Test func theShareOfIncomeShowsLiveWithTheAffordabilityWarningBeforeSaving() {
        var state = opened("l")
        typePlan(&state, count: "12", amount: "", income: "4000")
        #expect(screen(state).contains("Monthly payment / stated income: 25.0% (¥1,000.00 / ¥4,000.00)"))
        #expect(!screen(state).contains("is above 50% of the stated monthly income"))
        AppFixture.press(&state, .backspace)
        #expect(screen(state).contains("Monthly payment / stated income: 25.0% (¥1,000.00 / ¥4,000.00)") == false)
        #expect(screen(state).contains("Monthly payment / stated income: 250.0% (¥1,000.00 / ¥400.00)"))
        #expect(screen(state).contains("⚠ Monthly payment ¥1,000.00 is above 50% of the stated monthly income"))
        #expect(state.dialogs.last is OutcomeFormDialog, "nothing is saved yet")
    }

    @Test func cashIsNotOfferedAndOtherAsksWhichMethod() {
        var state = opened("p")
        guard case .choice(let options, _)? = form(state)?.fields[2].kind else {
            Issue.record("no method choice")
            return
        }
        #expect(options == ["Alipay repayment", "Bank transfer to lender", "Other"])
        AppFixture.press(&state, .tab, .tab, .left)
        #expect(form(state)?.fields.map(\.label) == ["Date", "Amount", "Method", "Which method"])
        AppFixture.press(&state, .tab)
        AppFixture.press(&state, .ctrl("s"))
        #expect(form(state)?.fields[3].error == "this cannot be left empty")
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, "3000")
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, "微信转账至贷款机构对公账户")
        #expect(form(state)?.fields[3].error == nil)
        let effects = AppFixture.press(&state, .ctrl("s"))
        #expect(AppFixture.writes(effects) == [.outcomeRecorded(.promiseToPay(
            date: CalendarDay(year: 2026, month: 11, day: 27), amount: Money(yuan: 3000),
            method: .other(description: "微信转账至贷款机构对公账户")))])

        AppFixture.press(&state, .up, .right)
        #expect(form(state)?.fields.count == 3, "choosing a named method takes the description field away")
    }

    @Test func anExtensionIsRecordedWithItsNewDueDateAndNote() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("o"))
        #expect(screen(state).contains("Extension / grace period agreed (e)"))
        AppFixture.press(&state, .character("e"))
        #expect(form(state)?.fields.map(\.label) == ["New due date", "Note"])
        AppFixture.type(&state, "2026-12-20")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "贷款机构同意宽限一个月")
        let effects = AppFixture.press(&state, .enter)
        #expect(AppFixture.writes(effects) == [.outcomeRecorded(.extensionAgreed(
            newDueDate: CalendarDay(year: 2026, month: 12, day: 20), note: "贷款机构同意宽限一个月"))])
    }

    @Test func anExtensionCannotStartInThePast() {
        var state = opened("e")
        AppFixture.type(&state, "2026-11-01")
        AppFixture.press(&state, .ctrl("s"))
        #expect(form(state)?.fields[0].error == "the date cannot be before today (2026-11-20)")
    }

    @Test func aKeptFormWithOtherMethodComesBackWithItsDescription() {
        let state = AppFixture.withOpenVisit()
        let draft = FormDraft(kind: .outcome(.promiseToPay), values: ["2026-12-01", "3000", "Other", "对公账户"], focus: 3)
        let form = OutcomeForm.restored(draft, code: .promiseToPay, loanCase: AppFixture.cases[0], language: state.language)
        #expect(form.values == ["2026-12-01", "3000", "Other", "对公账户"])
        #expect(form.focus == 3)
    }
}
