import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The start-visit dialog: its keys, its update, and that it stays open until the store has the visit.
struct StartVisitDialogTests {
    /// A custom playbook for the agent role, as a TOML file would give it.
    static let nightShift = Playbook(id: "night-shift", role: .agent, title: LocalizedText(zh: "夜班流程", en: "Night shift"), stages: [
        Stage(id: "door", title: LocalizedText(zh: "门口", en: "At the door"), items: [
            ChecklistItem(id: "door.knock", text: LocalizedText(zh: "敲门", en: "Knock")),
        ]),
    ])

    static func stateWithCustomPlaybook() -> DeskState {
        var state = AppFixture.state()
        try! state.playbooks.add(nightShift, from: "night-shift.toml")
        return state
    }

    @Test func enterStartsTheVisitAndTheFormWaitsForTheStore() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"))
        AppFixture.press(&state, .character(" "), .tab, .tab)
        AppFixture.type(&state, "王强/A1023，刘洋")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "楼下茶室")
        let effects = AppFixture.press(&state, .enter)
        #expect(effects == [.startVisit(caseID: 1, role: .debtor, playbookID: "debtor",
                                        visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋")],
                                        location: "楼下茶室")])
        #expect(state.dialogs.last is StartVisitDialog, "the form closed before the store had the visit")
        AppFixture.send(&state, .visitStarted(AppFixture.cases[0], AppFixture.visit(AppFixture.agentEvents())))
        #expect(state.dialogs.isEmpty)
    }

    @Test func aCustomPlaybookCanBeChosenForItsRole() {
        var state = Self.stateWithCustomPlaybook()
        AppFixture.press(&state, .character("v"), .tab)
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("Home visit (agent)"), "the built-in agent playbook is offered first")
        AppFixture.press(&state, .character(" "))
        #expect(AppFixture.screenText(state).contains("Night shift"))
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "王强/A1023, 刘洋/A1077")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "门口")
        let effects = AppFixture.press(&state, .enter)
        #expect(effects == [.startVisit(caseID: 1, role: .agent, playbookID: "night-shift",
                                        visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋", badge: "A1077")],
                                        location: "门口")])
    }

    @Test func thePlaybookFieldFollowsTheRole() {
        var state = Self.stateWithCustomPlaybook()
        AppFixture.press(&state, .character("v"), .tab, .character(" "))
        #expect(AppFixture.screenText(state).contains("Night shift"))
        AppFixture.press(&state, .backTab, .character(" "))
        let screen = AppFixture.screenText(state)
        #expect(!screen.contains("Night shift"), "a debtor visit offers no agent playbook")
        #expect(screen.contains("Who came"), "the visitors field speaks to the debtor")
        #expect(screen.contains("Record a visit to me"))
    }

    @Test func twoVisitorsWithTheSameNameAndNoBadgeAreRefusedBesideTheField() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"), .tab, .tab)
        AppFixture.type(&state, "王强, 王强")
        #expect(AppFixture.press(&state, .enter).isEmpty)
        let dialog = state.dialogs.last as? StartVisitDialog
        #expect(dialog?.form.fields[StartVisitForm.visitorsField].error?.contains("王强 is listed twice without a badge") == true)
        #expect(AppFixture.screenText(state).contains("listed twice"))
    }

    @Test func spaceChoosesTheRoleButIsTypedInAText() {
        var dialog = StartVisitDialog(caseID: 1, language: .en, playbooks: PlaybookLibrary())
        let context = AppFixture.state().context(area: Rect(x: 0, y: 0, width: 80, height: 20))
        #expect(dialog.bindings(context).map(\.label).contains("Space"))
        _ = dialog.handle(key: .character(" "), context, AppFixture.env)
        #expect(dialog.form.choice(at: StartVisitForm.roleField) == 1)
        _ = dialog.handle(key: .tab, context, AppFixture.env)
        _ = dialog.handle(key: .tab, context, AppFixture.env)
        #expect(!dialog.bindings(context).map(\.label).contains("Space"))
        _ = dialog.handle(key: .character(" "), context, AppFixture.env)
        #expect(dialog.form.text(at: StartVisitForm.visitorsField) == " ")
        #expect(Keymap(dialog.bindings(context)).duplicateKeys().isEmpty)
    }

    @Test func escCloses() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"), .escape)
        #expect(state.dialogs.isEmpty)
    }
}
