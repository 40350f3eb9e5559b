import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The case list's keys and update, with a fixed environment.
struct CaseListTests {
    private var listHeight: Int { max(1, AppFixture.state().context(of: .cases).innerHeight) }

    @Test func listKeysMoveTheCaseSelection() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("j"))
        #expect(state.caseList.list.selected == 1)
        AppFixture.press(&state, .down)
        #expect(state.caseList.list.selected == 2)
        AppFixture.press(&state, .character("k"), .up)
        #expect(state.caseList.list.selected == 0)
        AppFixture.press(&state, .character("G"))
        #expect(state.caseList.list.selected == 2)
        AppFixture.press(&state, .character("g"))
        #expect(state.caseList.list.selected == 0)
        AppFixture.press(&state, .pageDown)
        #expect(state.caseList.list.selected == 2)
        AppFixture.press(&state, .pageUp)
        #expect(state.caseList.list.selected == 0)
    }

    @Test func movingPastTheLoadedWindowAsksForMoreRows() {
        var state = AppFixture.state(width: 80, height: 24)
        AppFixture.send(&state, .casesLoaded(count: CaseCount(value: 100_000), offset: 0, rows: AppFixture.cases.map { CaseListRow(loanCase: $0) }))
        let effects = AppFixture.press(&state, .character("G"))
        guard case .loadCases(_, _, let offset, let limit, counting: false)? = effects.first else { Issue.record("no load: \(effects)"); return }
        #expect(offset <= 99_999 && offset + limit >= 100_000)
    }

    @Test func slashSearchesAsYouTypeEnterKeepsEscClears() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("/"))
        let effects = AppFixture.type(&state, "张伟")
        #expect(effects.last == .loadCases(query: "张伟", order: .overdueDays, offset: 0, limit: listHeight * 3, counting: true))
        AppFixture.press(&state, .enter)
        #expect(state.caseList.search.editor == nil)
        #expect(state.caseList.search.query == "张伟")
        AppFixture.press(&state, .character("/"))
        let cleared = AppFixture.press(&state, .escape)
        #expect(state.caseList.search.query == "")
        #expect(cleared == [.loadCases(query: "", order: .overdueDays, offset: 0, limit: listHeight * 3, counting: true)])
    }

    @Test func lettersTypedInTheSearchAreTextNotKeys() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("/"))
        AppFixture.type(&state, "vq?")
        #expect(state.caseList.search.editor?.text == "vq?")
        #expect(state.dialogs.isEmpty && !state.shouldQuit)
    }

    @Test func enterOpensTheSelectedCase() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("j"))
        #expect(AppFixture.press(&state, .enter) == [.openCase(id: 2)])
    }

    @Test func vOpensTheStartFormForTheSelectedCase() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("j"), .character("v"))
        #expect((state.dialogs.last as? StartVisitDialog)?.caseID == 2)
    }

    @Test func vOnTheCaseWithAnOpenVisitGoesToItsChecklist() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("1"), .character("v"))
        #expect(state.dialogs.isEmpty)
        #expect(state.focus == .checklist)
    }

    @Test func noKeyIsBoundTwiceInOneState() {
        var list = CaseList()
        let context = AppFixture.state().context(of: .cases)
        #expect(Keymap(list.bindings(context)).duplicateKeys().isEmpty)
        _ = list.handle(.search, context, AppFixture.env)
        #expect(Keymap(list.bindings(context)).duplicateKeys().isEmpty)
    }

    @Test func sCyclesTheOrderAndTheTitleNamesIt() {
        var state = AppFixture.state(width: 80, height: 24, language: .zh)
        #expect(DeskRenderer.render(state).textLines().joined(separator: "\n").contains("(3) ↓逾期"))
        var orders: [CaseOrder] = []
        for _ in 0..<4 {
            let effects = AppFixture.press(&state, .character("S"))
            guard case .loadCases(_, let order, 0, _, counting: true)? = effects.first else { Issue.record("no reload: \(effects)"); return }
            orders.append(order)
        }
        #expect(orders == [.amount, .nextAction, .reference, .overdueDays])
        AppFixture.press(&state, .character("S"))
        #expect(state.message?.text == "↓金额")
        #expect(DeskRenderer.render(state).textLines().joined(separator: "\n").contains("(3) ↓金额"))
    }

    @Test func aRowShowsStatusOpenVisitLastOutcomeAndNextAction() {
        var state = AppFixture.state(width: 120, height: 40, language: .zh)
        var promised = AppFixture.cases[0]
        promised.status = .promised
        let rows = [CaseListRow(loanCase: promised, visitOpen: true, lastOutcome: .promiseToPay,
                                nextAction: CalendarDay(year: 2026, month: 12, day: 5)),
                    CaseListRow(loanCase: AppFixture.cases[1], lastOutcome: .noContact)]
        AppFixture.send(&state, .casesLoaded(count: CaseCount(value: 2), offset: 0, rows: rows))
        let screen = DeskRenderer.render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("│ 诺●HB-2025-0113 张伟 "))
        #expect(screen.contains(" →12-05 ¥62k 120天│"))
        #expect(screen.contains("待 JB-2025-0207 李娜"))
        #expect(screen.contains("未遇 ¥8.3k 45天│"))
    }

    @Test func atEightyColumnsARowKeepsMarksNameAndDates() {
        var state = AppFixture.state(width: 80, height: 24, language: .en)
        let rows = [CaseListRow(loanCase: AppFixture.cases[0], visitOpen: true, lastOutcome: .rescheduled,
                                nextAction: CalendarDay(year: 2026, month: 12, day: 9))]
        AppFixture.send(&state, .casesLoaded(count: CaseCount(value: 1), offset: 0, rows: rows))
        let row = DeskRenderer.render(state).textLines()[1]
        #expect(row.hasPrefix("│ ·●张伟 "))
        #expect(row.contains("→12-09 ¥62k 120d│"))
    }

    @Test func aCappedCountSaysTenThousandPlus() {
        var state = AppFixture.state(width: 120, height: 40, language: .en)
        AppFixture.send(&state, .casesLoaded(count: CaseCount(value: CaseCount.cap, isAtLeast: true), offset: 0,
                                             rows: AppFixture.cases.map { CaseListRow(loanCase: $0) }))
        #expect(DeskRenderer.render(state).textLines().joined(separator: "\n").contains("Cases (10,000+) ↓overdue"))
    }
}
