import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The outcome list and the outcome form, with a fixed clock.
struct OutcomeDialogTests {
    @Test func oRecordsAnOutcomeAndABadFieldSavesNothing() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("o"))
        #expect(state.dialogs.last is ChooseOutcomeDialog)
        AppFixture.press(&state, .character("p"), .tab)
        AppFixture.type(&state, "12,34.5")
        #expect(AppFixture.press(&state, .ctrl("s")).isEmpty)
        let form = (state.dialogs.last as? OutcomeFormDialog)?.form
        #expect(form?.fields[1].error != nil)
        #expect(form?.fields[0].error == nil)
        AppFixture.press(&state, .ctrl("u"))
        AppFixture.type(&state, "5000")
        let effects = AppFixture.press(&state, .ctrl("s"))
        #expect(AppFixture.writes(effects) == [.outcomeRecorded(.promiseToPay(
            date: CalendarDay(year: 2026, month: 11, day: 27), amount: Money(yuan: 5000), method: .alipayAutoDebit))])
        #expect(state.dialogs.last is OutcomeFormDialog, "the form stays until the store has the outcome")
        if case .write(let write)? = effects.first { AppFixture.send(&state, .written(write, AppFixture.visit(AppFixture.agentEvents()))) }
        #expect(state.dialogs.isEmpty)
    }

    @Test func outcomeListPicksByJKAndEnter() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("o"))
        for _ in 0..<7 { AppFixture.press(&state, .character("j")) }
        #expect(AppFixture.writes(AppFixture.press(&state, .enter)) == [.outcomeRecorded(.noContact)])
    }

    @Test func escClosesTheList() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("o"), .escape)
        #expect(state.dialogs.isEmpty)
    }
}
