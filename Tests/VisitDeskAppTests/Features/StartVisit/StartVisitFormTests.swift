import Testing
import TUI
import VisitDesk
@testable import VisitDeskApp

@Suite("Start-visit form")
struct StartVisitFormTests {
    static func form(visitors: String, location: String = "家中") -> Form {
        var form = StartVisitForm.make(language: .en)
        form.fields[1].kind = .text(LineEditor(visitors))
        form.fields[2].kind = .text(LineEditor(location))
        return form
    }

    @Test func theSameVisitorListedTwiceIsRefusedBesideTheVisitorsField() throws {
        let result = StartVisitForm.parse(Self.form(visitors: "王磊/A-001, 赵敏/A-002, 王磊/a-001"), language: .en)
        guard case .failure(let refused) = result else {
            Issue.record("a visitor listed twice should be refused")
            return
        }
        #expect(refused.form.fields[1].error == "badge a-001 is listed twice (王磊 and 王磊); list each visitor once")
        #expect(refused.form.fields[2].error == nil)
    }

    @Test func distinctVisitorsWithTheSameNameAreAccepted() throws {
        let result = StartVisitForm.parse(Self.form(visitors: "王磊/A-001, 王磊/A-007"), language: .en)
        #expect(try result.get().visitors == [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "王磊", badge: "A-007")])
    }

    @Test func aControlCharacterInTheLocationIsRefusedBesideIt() throws {
        let result = StartVisitForm.parse(Self.form(visitors: "王磊/A-001", location: "家\u{1B}[2J中"), language: .en)
        guard case .failure(let refused) = result else {
            Issue.record("an escape in the location should be refused")
            return
        }
        #expect(refused.form.fields[2].error == "character 2 is the control character U+001B (escape); remove it")
    }
}
