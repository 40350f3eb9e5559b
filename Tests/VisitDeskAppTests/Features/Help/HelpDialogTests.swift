import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct HelpDialogTests {
    @Test func listKeysScrollAndEscCloses() {
        var help = HelpDialog(sections: DeskCatalog.helpSections(.en))
        let context = AppFixture.state(width: 80, height: 24).context(area: Rect(x: 0, y: 0, width: 80, height: 22))
        _ = help.handle(key: .character("j"), context, AppFixture.env)
        #expect(help.scroll == 1)
        _ = help.handle(key: .character("G"), context, AppFixture.env)
        #expect(help.scroll == help.lines.count - 1)
        #expect(help.handle(key: .escape, context, AppFixture.env) == [.dismiss])
    }

    @Test func aKeySharedByTenBindingsIsListedOnce() {
        let print = PrintDialog.helpSection(.en)
        #expect(print.keys.filter { $0.label == "0-9" }.count == 1)
    }
}
