import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The checklist's keys and update, with a fixed environment.
struct ChecklistTests {
    @Test func spaceTogglesDoneAndPending() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.writes(AppFixture.press(&state, .character(" "))) == [.itemMarked(itemID: "arrival.staff-id", mark: .pending)])
        AppFixture.press(&state, .character("j"), .character("j"))
        #expect(AppFixture.writes(AppFixture.press(&state, .character(" "))) == [.itemMarked(itemID: "arrival.purpose", mark: .done)])
    }

    @Test func minusMarksNotApplicable() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"))
        #expect(AppFixture.writes(AppFixture.press(&state, .character("-"))) == [.itemMarked(itemID: "arrival.purpose", mark: .notApplicable)])
    }

    @Test func xOpensTheReasonDialogForTheSelectedItem() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"), .character("x"))
        #expect((state.dialogs.last as? SkipReasonDialog)?.itemID == "arrival.purpose")
    }

    @Test func anotherStageStartsAtItsFirstItem() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"))
        #expect(state.checklist.list.selected == 1)
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .stageEntered(stageID: "identity"), hash: ""))
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        #expect(state.checklist.list.selected == 0)
    }

    @Test func withoutAVisitItsKeysDoNothing() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("3"))
        #expect(AppFixture.press(&state, .character(" ")).isEmpty)
        #expect(state.keyBar().items.allSatisfy { $0.keys != "Space" })
    }
}
