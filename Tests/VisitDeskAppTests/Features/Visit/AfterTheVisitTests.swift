import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// Once a visit has ended: addenda from the note line, the follow-up stage still ticked
/// after "completed", and only addenda after "asked to leave".
struct AfterTheVisitTests {
    /// The desk with case 1's agent visit ended for `reason` (event 9).
    static func ended(_ reason: EndReason, extra: [VisitEventKind] = []) -> DeskState {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        for kind in [.ended(reason: reason)] + extra {
            events.append(VisitEvent(visitID: 7, sequence: events.count + 1, at: AppFixture.now, kind: kind, hash: ""))
        }
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        return state
    }

    @Test func aCompletedVisitShowsItsFollowUpStageAndItsItemsCanStillBeTicked() {
        var state = Self.ended(.completed)
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("Departure and follow-up"))
        #expect(screen.contains("Ended · follow-up"))
        let effects = AppFixture.press(&state, .character(" "))
        #expect(AppFixture.writes(effects) == [.itemMarked(itemID: "departure.left", mark: .done)])
        guard case .write(let write)? = effects.first else { return }
        #expect(write.playbook?.id == "agent", "the store judges a tick after the end against the visit's playbook")
    }

    @Test func aFollowUpTickAfterTheEndCanBeUndone() {
        var state = Self.ended(.completed, extra: [.itemMarked(itemID: "departure.follow-up-date", mark: .done)])
        #expect(AppFixture.writes(AppFixture.press(&state, .character("u"))) == [.undone(sequence: 10)])
    }

    @Test func undoAfterTheEndNeverReachesBackIntoTheVisit() {
        var state = Self.ended(.completed)
        #expect(AppFixture.press(&state, .character("u")).isEmpty)
        #expect(state.message?.text == UIText.visitEndedAddendum.en)
    }

    @Test func stagesAndOutcomeStayClosedAfterTheEnd() {
        var state = Self.ended(.completed)
        for key in ["]", "[", "o", "e", "V"] {
            #expect(AppFixture.press(&state, .character(Character(key))).isEmpty, "\\(key) after the end")
            #expect(state.dialogs.isEmpty)
        }
    }

    @Test func aNoteWrittenAfterTheEndIsSavedAsAnAddendum() {
        var state = Self.ended(.completed)
        AppFixture.press(&state, .character("n"))
        #expect(AppFixture.screenText(state).contains("addendum (the visit has ended)"))
        AppFixture.type(&state, "下午电话确认了跟进日期")
        let effects = AppFixture.press(&state, .enter)
        #expect(AppFixture.writes(effects) == [.addendumAdded(noteID: "note-1", text: "下午电话确认了跟进日期")])
    }

    @Test func anAddendumIsMarkedAsSuchInTheNotesPane() {
        let state = Self.ended(.completed, extra: [.addendumAdded(noteID: "a1", text: "补充：邻居证实其已搬走")])
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("[addendum] 补充：邻居证实其已搬走"))
    }

    @Test func theEditorNoteOfAnEndedVisitIsAnAddendum() {
        var state = Self.ended(.askedToLeave)
        let effects = AppFixture.send(&state, .noteFromEditor("离开后在楼下记下经过"))
        #expect(AppFixture.writes(effects) == [.addendumAdded(noteID: "note-1", text: "离开后在楼下记下经过")])
    }

    @Test func askedToLeaveLocksTheFollowUpStageToo() {
        var state = Self.ended(.askedToLeave)
        AppFixture.press(&state, .character("3"))
        #expect(AppFixture.press(&state, .character(" ")).isEmpty)
        #expect(state.message?.text == UIText.visitLockedAddendum.agent.en)
        #expect(AppFixture.screenText(state).contains("Locked (asked to leave)"))
    }
}
