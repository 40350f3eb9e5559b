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
        AppFixture.send(&state, .casesLoaded(count: 100_000, offset: 0, rows: Array(AppFixture.cases)))
        let effects = AppFixture.press(&state, .character("G"))
        guard case .loadCases(_, let offset, let limit, counting: false)? = effects.first else { Issue.record("no load: \(effects)"); return }
        #expect(offset <= 99_999 && offset + limit >= 100_000)
    }

    @Test func slashSearchesAsYouTypeEnterKeepsEscClears() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("/"))
        let effects = AppFixture.type(&state, "张伟")
        #expect(effects.last == .loadCases(query: "张伟", offset: 0, limit: listHeight * 3, counting: true))
        AppFixture.press(&state, .enter)
        #expect(state.caseList.searchEditor == nil)
        #expect(state.caseList.query == "张伟")
        AppFixture.press(&state, .character("/"))
        let cleared = AppFixture.press(&state, .escape)
        #expect(state.caseList.query == "")
        #expect(cleared == [.loadCases(query: "", offset: 0, limit: listHeight * 3, counting: true)])
    }

    @Test func lettersTypedInTheSearchAreTextNotKeys() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("/"))
        AppFixture.type(&state, "vq?")
        #expect(state.caseList.searchEditor?.text == "vq?")
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
}
