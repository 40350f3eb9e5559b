import Testing
import TUI
import VisitDesk
@testable import VisitDeskApp

@Suite("Start-visit form")
struct StartVisitFormTests {
    static func form(visitors: String, location: String = "家中") -> Form {
        var form = StartVisitForm.make(language: .en, playbooks: PlaybookLibrary())
        form.fields[StartVisitForm.visitorsField].kind = .text(LineEditor(visitors))
        form.fields[StartVisitForm.locationField].kind = .text(LineEditor(location))
        return form
    }

    static func parse(_ form: Form) -> Result<StartVisitForm.Request, FormWithErrors> {
        StartVisitForm.parse(form, playbooks: PlaybookLibrary(), language: .en)
    }

    @Test func theSameVisitorListedTwiceIsRefusedBesideTheVisitorsField() throws {
        guard case .failure(let refused) = Self.parse(Self.form(visitors: "王磊/A-001, 赵敏/A-002, 王磊/a-001")) else {
            Issue.record("a visitor listed twice should be refused")
            return
        }
        #expect(refused.form.fields[StartVisitForm.visitorsField].error == "badge a-001 is listed twice (王磊 and 王磊); list each visitor once")
        #expect(refused.form.fields[StartVisitForm.locationField].error == nil)
    }

    @Test func visitorsMayComeWithOrWithoutABadge() throws {
        let request = try Self.parse(Self.form(visitors: "王磊/WF-0312, 赵敏")).get()
        #expect(request.visitors == [Visitor(name: "王磊", badge: "WF-0312"), Visitor(name: "赵敏")])
        #expect(request.playbookID == "agent")
    }

    @Test func distinctVisitorsWithTheSameNameAreAccepted() throws {
        #expect(try Self.parse(Self.form(visitors: "王磊/A-001, 王磊/A-007")).get().visitors
            == [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "王磊", badge: "A-007")])
    }

    @Test func aNameWithoutBadgeTwiceIsRefused() {
        guard case .failure(let refused) = Self.parse(Self.form(visitors: "赵敏, 王磊/A-001, 赵敏")) else {
            Issue.record("the same name twice without badges should be refused")
            return
        }
        #expect(refused.form.fields[StartVisitForm.visitorsField].error?.hasPrefix("赵敏 is listed twice without a badge") == true)
    }

    @Test func aSlashWithNothingAfterItIsRefused() {
        guard case .failure(let refused) = Self.parse(Self.form(visitors: "王磊/")) else {
            Issue.record("an empty badge should be refused")
            return
        }
        #expect(refused.form.fields[StartVisitForm.visitorsField].error?.contains("nothing after the slash") == true)
    }

    @Test func everyBadFieldIsMarkedAtOnce() {
        guard case .failure(let refused) = Self.parse(Self.form(visitors: "王磊/, 赵敏", location: "家\u{1B}中")) else {
            Issue.record("two bad fields should be refused")
            return
        }
        #expect(refused.form.fields[StartVisitForm.visitorsField].error != nil)
        #expect(refused.form.fields[StartVisitForm.locationField].error != nil)
    }

    @Test func aControlCharacterInTheLocationIsRefusedBesideIt() throws {
        guard case .failure(let refused) = Self.parse(Self.form(visitors: "王磊/A-001", location: "家\u{1B}[2J中")) else {
            Issue.record("an escape in the location should be refused")
            return
        }
        #expect(refused.form.fields[StartVisitForm.locationField].error == "character 2 is the control character U+001B (escape); remove it")
    }
}
