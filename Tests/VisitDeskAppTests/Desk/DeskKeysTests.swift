import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The desk-wide keys (DESIGN §5), the routing of a key to the top dialog, the screen or the
/// focused pane, and the key bar that names the mode and shows what works there.
struct DeskKeysTests {
    @Test func questionMarkOpensHelpAndEscOrQuestionMarkCloses() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("?"))
        #expect(state.dialogs.last is HelpDialog)
        AppFixture.press(&state, .escape)
        #expect(state.dialogs.isEmpty)
        AppFixture.press(&state, .character("?"), .character("?"))
        #expect(state.dialogs.isEmpty)
    }

    @Test func quitAsksOnlyWhenANoteDraftIsOpen() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("q"))
        #expect(state.shouldQuit)

        var drafting = AppFixture.withOpenVisit()
        AppFixture.press(&drafting, .character("n"), .character("半"), .ctrl("c"))
        #expect(drafting.dialogs.last is QuitWithDraftDialog)
        #expect(!drafting.shouldQuit)
        let effects = AppFixture.press(&drafting, .character("s"))
        #expect(drafting.shouldQuit)
        #expect(effects == [.saveDraft(visitID: 7, text: "半")])
    }

    @Test func ctrlCQuitsLikeQEvenFromAFormOrASearch() {
        var state = AppFixture.state()
        AppFixture.press(&state, .ctrl("c"))
        #expect(state.shouldQuit)
        var inForm = AppFixture.state()
        AppFixture.press(&inForm, .character("v"), .ctrl("c"))
        #expect(inForm.shouldQuit)
        var searching = AppFixture.state()
        AppFixture.press(&searching, .character("/"), .character("q"), .ctrl("c"))
        #expect(searching.shouldQuit)
        var drafting = AppFixture.withOpenVisit()
        AppFixture.press(&drafting, .character("n"), .character("半"), .ctrl("c"))
        #expect(!drafting.shouldQuit)
        #expect(AppFixture.press(&drafting, .ctrl("c")) == [.saveDraft(visitID: 7, text: "半")])
        #expect(drafting.shouldQuit)
    }

    @Test func tabShiftTabAndNumbersMoveTheFocus() {
        var state = AppFixture.state()
        #expect(state.focus == .cases)
        AppFixture.press(&state, .tab)
        #expect(state.focus == .stage)
        AppFixture.press(&state, .backTab, .backTab)
        #expect(state.focus == .notes)
        for (key, pane) in [("1", DeskPane.cases), ("2", .stage), ("3", .checklist), ("4", .notes)] {
            AppFixture.press(&state, .character(Character(key)))
            #expect(state.focus == pane)
        }
    }

    @Test func capitalLSwitchesTheLanguageAndCtrlLRedraws() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("L"))
        #expect(state.language == .zh)
        #expect(AppFixture.press(&state, .ctrl("l")) == [.redraw])
    }

    @Test func belowTheMinimumSizeOnlyQuitWorks() {
        var state = AppFixture.state(width: 50, height: 12)
        AppFixture.press(&state, .character("?"), .tab, .character("v"))
        #expect(state.dialogs.isEmpty && state.focus == .cases)
        AppFixture.press(&state, .character("q"))
        #expect(state.shouldQuit)
    }

    @Test func theKeyBarNamesTheModeAndShowsOnlyWhatWorksThere() {
        var state = AppFixture.withOpenVisit(width: 200)
        func bar() -> (mode: String?, keys: [String]) {
            let bar = state.keyBar()
            return (bar.mode, bar.items.map(\.keys))
        }
        #expect(bar().mode == "browse")
        #expect(bar().keys.starts(with: ["Space", "x", "-"]), "the checklist's own keys first")
        #expect(["u", "e", "n", "o"].allSatisfy(bar().keys.contains), "the visit's keys work from the checklist")

        AppFixture.press(&state, .character("n"))
        #expect(bar().mode == "note")
        #expect(bar().keys == ["Enter", "Esc"], "inside the note line only its keys: letters are text")
        AppFixture.press(&state, .escape, .character("o"))
        #expect(bar().mode == "form")
        #expect(!bar().keys.contains("Tab"))
        AppFixture.press(&state, .character("p"))
        #expect(bar().keys.contains("Ctrl-S"))
        #expect(!bar().keys.contains("Space"), "Space is typed in a text field")
        AppFixture.press(&state, .escape, .character("h"))
        #expect(bar().mode == "review")
        #expect(bar().keys.starts(with: ["Enter", "/", "Esc"]))
        #expect(!bar().keys.contains("Tab"), "panes are not there on a screen")

        var zh = AppFixture.state(language: .zh)
        zh.focus = .cases
        #expect(zh.keyBar().mode == "浏览")
    }

    @Test func theHelpListsEveryComponentsKeysUnderItsName() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("?"))
        let help = try? #require(state.dialogs.last as? HelpDialog)
        let lines = help?.lines ?? []
        for heading in ["[desk]", "[cases]", "[open visit]", "[checklist]", "[notes]", "[past visits]", "[review]", "[summary]",
                        "[start a visit]", "[choose the outcome]", "[record the outcome]", "[reason for skipping]",
                        "[end the visit]", "[a note draft is open]", "[print]", "[help]"] {
            #expect(lines.contains(heading), "\(heading) in the help")
        }
        #expect(lines.contains { $0.contains("Space") && $0.contains("done ⇄ pending") })
    }
}
