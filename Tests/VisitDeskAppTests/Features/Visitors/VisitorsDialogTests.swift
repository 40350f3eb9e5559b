import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// Correcting who came during the visit: V opens the list as it stands; Enter appends
/// `visitorsChanged` and the dialog waits for the store.
struct VisitorsDialogTests {
    @Test func capitalVOpensTheVisitorsAsTheyStand() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("V"))
        #expect(state.dialogs.last is VisitorsDialog)
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("Correct the visitors"))
        #expect(screen.contains("王强/A1023, 刘洋/A1077"))
    }

    @Test func aCorrectedListIsWrittenAndTheDialogWaitsForTheStore() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("V"))
        for _ in 0..<"刘洋/A1077".count { AppFixture.press(&state, .backspace) }
        AppFixture.type(&state, "刘阳/A1077, 赵敏")
        let effects = AppFixture.press(&state, .enter)
        #expect(AppFixture.writes(effects) == [.visitorsChanged(visitors: [
            Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘阳", badge: "A1077"), Visitor(name: "赵敏"),
        ])])
        #expect(state.dialogs.last is VisitorsDialog, "closed before the store had the change")
        guard case .write(let write)? = effects.first else { return }
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: write.kind, hash: ""))
        AppFixture.send(&state, .written(write, AppFixture.visit(events)))
        #expect(state.dialogs.isEmpty)
        #expect(state.session?.visit?.visitors.count == 3)
    }

    @Test func aDuplicateIsRefusedBesideTheFieldAndNothingIsWritten() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("V"))
        AppFixture.type(&state, ", 王强/a1023")
        #expect(AppFixture.press(&state, .enter).isEmpty)
        let dialog = state.dialogs.last as? VisitorsDialog
        #expect(dialog?.form.fields[0].error == "badge a1023 is listed twice (王强 and 王强); list each visitor once")
        #expect(AppFixture.screenText(state).contains("badge a1023 is listed"))
    }

    @Test func anUnchangedListWritesNothing() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("V"))
        #expect(AppFixture.press(&state, .enter).isEmpty)
        #expect(state.dialogs.isEmpty)
        #expect(state.message?.text == UIText.visitorsUnchanged.en)
    }

    @Test func theKeyIsListedInTheVisitPanelsHelp() {
        #expect(VisitPanel.helpSection(.en).keys.contains { $0.label == "V" && $0.help == "correct visitors" })
        #expect(AppFixture.duplicateKeys(VisitorsDialog.self).isEmpty)
    }
}
