import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The debtor's account in the agent's conversation: `d` opens it in a stage where the debt
/// is discussed; the reason and attitude are stored as fields.
struct StatementDialogTests {
    /// The desk with the agent visit moved on to the conversation stage.
    static func inConversation() -> DeskState {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .stageEntered(stageID: "conversation"), hash: ""))
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        return state
    }

    @Test func theKeyWorksOnlyOnceTheDebtIsDiscussed() {
        var early = AppFixture.withOpenVisit()
        AppFixture.press(&early, .character("d"))
        #expect(early.dialogs.isEmpty)
        var state = Self.inConversation()
        AppFixture.press(&state, .character("d"))
        #expect(state.dialogs.last is StatementDialog)
    }

    @Test func theDialogNamesItsFieldsOnScreen() {
        var state = Self.inConversation()
        AppFixture.press(&state, .character("d"))
        let screen = AppFixture.screenText(state)
        for label in ["The debtor's account", "Reason for arrears", "Lost their job", "In their words", "Attitude", "Cooperative"] {
            #expect(screen.contains(label), "\(label) on screen")
        }
    }

    @Test func reasonWordsAndAttitudeAreWrittenAsFields() {
        var state = Self.inConversation()
        AppFixture.press(&state, .character("d"), .character(" "))
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "店铺关门三个月")
        AppFixture.press(&state, .tab, .character(" "))
        let effects = AppFixture.press(&state, .enter)
        #expect(AppFixture.writes(effects) == [.statementRecorded(DebtorStatement(reason: .incomeFell, detail: "店铺关门三个月",
                                                                                   attitude: .willingButUnable))])
        #expect(state.dialogs.last is StatementDialog, "closed before the store had it")
    }

    @Test func aDebtorVisitHasNoSuchKey() {
        var state = AppFixture.state()
        let events = [VisitEvent(visitID: 8, sequence: 1, at: AppFixture.now, kind: .started(role: .debtor, playbookID: "debtor",
                      visitors: [Visitor(name: "陈某")], location: "家"), hash: "")]
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(events), draft: nil))
        AppFixture.press(&state, .character("d"))
        #expect(state.dialogs.isEmpty)
    }
}
