import Testing
@testable import TUI

@Suite struct FormTests {
    func visitForm(_ enter: Form.EnterBehaviour = .submitFromAnyField) -> Form {
        Form(fields: [
            .choice("角色 Role", options: ["agent", "debtor"]),
            .text("Visitors", "王五/A123"),
            .text("地点", ""),
        ], enterBehaviour: enter)
    }

    @Test func tabAndArrowsMoveBetweenFieldsAndWrap() {
        var form = visitForm()
        #expect(form.handle(.tab) == nil)
        #expect(form.focus == 1)
        _ = form.handle(.down)
        #expect(form.focus == 2)
        _ = form.handle(.tab)
        #expect(form.focus == 0)
        _ = form.handle(.backTab)
        #expect(form.focus == 2)
        _ = form.handle(.up)
        #expect(form.focus == 1)
    }

    @Test func spaceTogglesAChoice() {
        var form = visitForm()
        _ = form.handle(.character(" "))
        #expect(form.values[0] == "debtor")
        _ = form.handle(.character(" "))
        #expect(form.values[0] == "agent")
        _ = form.handle(.left)
        #expect(form.values[0] == "debtor")
    }

    @Test func typingEditsTheFocusedTextField() {
        var form = visitForm()
        form.focus = 2
        for character in "朝阳区" { _ = form.handle(.character(character)) }
        _ = form.handle(.backspace)
        #expect(form.values == ["agent", "王五/A123", "朝阳"])
    }

    @Test func enterSubmitsFromAnyFieldEscCancels() {
        var form = visitForm()
        #expect(form.handle(.enter) == .submit)
        #expect(form.handle(.escape) == .cancel)
        #expect(form.handle(.ctrl("s")) == .submit)
    }

    @Test func enterMovesOnUntilTheLastFieldWhenAsked() {
        var form = visitForm(.submitFromLastField)
        #expect(form.handle(.enter) == nil)
        #expect(form.handle(.enter) == nil)
        #expect(form.focus == 2)
        #expect(form.handle(.enter) == .submit)
        form.focus = 0
        #expect(form.handle(.ctrl("s")) == .submit)
    }

    @Test func errorIsShownBesideItsFieldAndCursorSitsInTheFocusedTextField() {
        var form = visitForm()
        form.focus = 1
        form.fields[2].error = "必填 required"
        var buffer = CellBuffer(width: 40, height: 3)
        form.render(in: buffer.bounds, into: &buffer)
        let lines = buffer.textLines()
        #expect(lines[2].hasSuffix("必填 required"))
        #expect(buffer[x: 39, y: 2].style.role == .error)
        #expect(buffer.cursor?.y == 1)
        #expect(buffer.cursor?.x == 10 + "王五/A123".displayWidth)
    }
}
