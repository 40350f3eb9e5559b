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

/// What the checklist shows and says: rows that wrap, the selected item in full with its
/// hint, a tick announced on the status line, a confirmation before undoing work done.
struct ChecklistFeedbackTests {
    /// The visit of the fixture with one more event, as the store would fold it.
    private func written(_ state: inout DeskState, _ effects: [Effect], sequence: Int = 9) {
        guard case .write(let write)? = effects.first else { Issue.record("no write"); return }
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: sequence, at: AppFixture.now, kind: write.kind, hash: ""))
        AppFixture.send(&state, .written(write, AppFixture.visit(events)))
    }

    @Test func aTickAnswersOnTheStatusLineInTheUILanguage() {
        var state = AppFixture.withOpenVisit(language: .zh)
        AppFixture.press(&state, .character("j"), .character("j"))
        written(&state, AppFixture.press(&state, .character(" ")))
        #expect(state.message?.text == "✓ 说明这次来访的目的")
        #expect(DeskRenderer.render(state).textLines()[38].hasPrefix("✓ 说明这次来访的目的"))
    }

    @Test func aSkipAndANotApplicableSayWhatTheyDid() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"), .character("x"))
        AppFixture.type(&state, "debtor knew already")
        written(&state, AppFixture.press(&state, .enter))
        #expect(state.message?.text == "skipped: Purpose of the visit stated — debtor knew already")
        #expect(state.dialogs.isEmpty)
        state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"))
        written(&state, AppFixture.press(&state, .character("-")))
        #expect(state.message?.text == "not applicable: Purpose of the visit stated")
    }

    @Test func minusOnADoneItemAsksAndNCancels() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("-")).isEmpty, "nothing is written before the answer")
        let dialog = state.dialogs.last as? ConfirmDialog
        #expect(dialog?.question.en == "“Staff ID shown” is done. Mark it not applicable instead?")
        #expect(DeskRenderer.render(state).textLines().contains { $0.contains("y/Enter confirm · n/Esc cancel") })
        #expect(AppFixture.press(&state, .character("n")).isEmpty)
        #expect(state.dialogs.isEmpty)
        #expect(state.message?.text == UIText.cancelledNothingChanged.en)
    }

    @Test func minusOnADoneItemConfirmedWithYMarksItNotApplicable() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("-"))
        #expect(AppFixture.writes(AppFixture.press(&state, .character("y"))) == [.itemMarked(itemID: "arrival.staff-id", mark: .notApplicable)])
        #expect(state.dialogs.isEmpty)
        AppFixture.press(&state, .character("-"))
        #expect(AppFixture.writes(AppFixture.press(&state, .enter)) == [.itemMarked(itemID: "arrival.staff-id", mark: .notApplicable)])
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theSelectedItemShowsInFullWithItsHintAndState(width: Int, height: Int) {
        var state = AppFixture.withOpenVisit(width: width, height: height)
        AppFixture.press(&state, .character("j"))
        let screen = DeskRenderer.render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("Authorisation letter shown (required)"))
        #expect(screen.contains("Hint: Point out what it covers"))
        #expect(screen.contains(" Skipped · 10:12 · reason: 在门口交谈"))
    }

    @Test func aLongItemWrapsOntoASecondLineInsteadOfBeingCut() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        AppFixture.press(&state, .character("j"), .character("j"), .character("j"))
        let lines = DeskRenderer.render(state).textLines()
        let first = lines.firstIndex { $0.contains("[ ]  Told the debtor the visit is being") }
        #expect(first != nil)
        if let first { #expect(lines[first + 1].contains("     recorded\u{00A0}*")) }
        #expect(!lines.contains { $0.contains("recor…") })
    }

    @Test func theStageStripShowsAStageLeftWithRequiredItemsOpen() {
        let state = AppFixture.withOpenVisit(width: 120, height: 40)
        let strip = DeskRenderer.render(state).textLines()[1]
        // Stage 1 has 1 of its 3 required items done, stage 2 likewise: neither earns a ✓.
        #expect(strip.contains("◐1 1/3 ◐2 1/3 ▶3 Arrival"))
        #expect(!strip.contains("✓"))
    }
}
