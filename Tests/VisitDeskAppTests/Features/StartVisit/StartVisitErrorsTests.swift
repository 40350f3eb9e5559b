import Testing
import TUI
import VisitDesk
@testable import VisitDeskApp

/// The start-visit form names every bad field at once, and an error clears as its field is corrected.
struct StartVisitErrorsTests {
    @Test func aBadVisitorListAndABadLocationAreBothNamedAtOnce() throws {
        let result = StartVisitForm.parse(StartVisitFormTests.form(visitors: "王磊/", location: "家\u{1B}中"),
                                          playbooks: PlaybookLibrary(), language: .en)
        guard case .failure(let refused) = result else {
            Issue.record("both fields are wrong")
            return
        }
        #expect(refused.form.fields[StartVisitForm.visitorsField].error != nil)
        #expect(refused.form.fields[StartVisitForm.locationField].error == "character 2 is the control character U+001B (escape); remove it")
    }

    @Test func theVisitorsErrorClearsAsTheListIsCorrected() {
        var state = AppFixture.state()
        AppFixture.press(&state, .enter, .character("v"), .tab, .tab)
        AppFixture.type(&state, "王强/")
        AppFixture.press(&state, .ctrl("s"))
        #expect((state.dialogs.last as? StartVisitDialog)?.form.fields[StartVisitForm.visitorsField].error != nil)
        AppFixture.type(&state, "A1023")
        #expect((state.dialogs.last as? StartVisitDialog)?.form.fields[StartVisitForm.visitorsField].error == nil)
    }
}
