import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The start-visit dialog: its keys, its update, and that it stays open until the store has the visit.
struct StartVisitDialogTests {
    @Test func enterStartsTheVisitAndTheFormWaitsForTheStore() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"))
        AppFixture.press(&state, .character(" "), .tab)
        AppFixture.type(&state, "王强/A1023，刘洋/A1077")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "楼下茶室")
        let effects = AppFixture.press(&state, .enter)
        #expect(effects == [.startVisit(caseID: 1, role: .debtor, playbookID: "debtor",
                                        visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋", badge: "A1077")],
                                        location: "楼下茶室")])
        #expect(state.dialogs.last is StartVisitDialog, "the form closed before the store had the visit")
        AppFixture.send(&state, .visitStarted(AppFixture.cases[0], AppFixture.visit(AppFixture.agentEvents())))
        #expect(state.dialogs.isEmpty)
    }

    @Test func aVisitorWithoutBadgeIsShownBesideTheFieldAndNothingStarts() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"), .tab)
        AppFixture.type(&state, "王强")
        #expect(AppFixture.press(&state, .enter).isEmpty)
        let dialog = state.dialogs.last as? StartVisitDialog
        #expect(dialog?.form.fields[1].error?.contains("name/badge") == true)
    }

    @Test func spaceChoosesTheRoleButIsTypedInAText() {
        var dialog = StartVisitDialog(caseID: 1, language: .en)
        let context = AppFixture.state().context(area: Rect(x: 0, y: 0, width: 80, height: 20))
        #expect(dialog.bindings(context).map(\.label).contains("Space"))
        _ = dialog.handle(key: .character(" "), context, AppFixture.env)
        #expect(dialog.form.choice(at: 0) == 1)
        _ = dialog.handle(key: .tab, context, AppFixture.env)
        #expect(!dialog.bindings(context).map(\.label).contains("Space"))
        _ = dialog.handle(key: .character(" "), context, AppFixture.env)
        #expect(dialog.form.text(at: 1) == " ")
        #expect(Keymap(dialog.bindings(context)).duplicateKeys().isEmpty)
    }

    @Test func escCloses() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"), .escape)
        #expect(state.dialogs.isEmpty)
    }
}
