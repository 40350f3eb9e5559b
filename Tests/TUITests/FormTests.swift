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

    @Test func aPrefilledValueIsReplacedByTheFirstCharacterTyped() {
        var form = Form(fields: [FormField(label: "Date", kind: .text(LineEditor("+7d")), isPrefilled: true)])
        _ = form.handle(.character("3"))
        _ = form.handle(.character("d"))
        #expect(form.values == ["3d"])
        var kept = Form(fields: [FormField(label: "Date", kind: .text(LineEditor("+7d")), isPrefilled: true)])
        _ = kept.handle(.left)
        _ = kept.handle(.character("1"))
        #expect(kept.values == ["+71d"], "a cursor key keeps the suggestion for editing")
    }

    @Test func anErrorThatFitsStandsBesideItsFieldAndALongOneGoesUnderIt() {
        var form = Form(fields: [.text("Amount", "abc"), .text("Date", "2020-01-01"), .text("Note")])
        form.fields[0].error = "bad amount"
        form.fields[1].error = "the date cannot be before today (2026-11-20)"
        #expect(form.rowCounts(width: 60) == [1, 2, 1])
        var buffer = CellBuffer(width: 60, height: 4)
        form.render(in: Rect(x: 0, y: 0, width: 60, height: 4), into: &buffer)
        let rows = buffer.textLines()
        #expect(rows[0].hasSuffix("bad amount"))
        #expect(rows[1].hasPrefix("Date   2020-01-01"))
        #expect(rows[2] == "       the date cannot be before today (2026-11-20)         ")
        #expect(rows[3].hasPrefix("Note"))
        form.fields[1].error = String(repeating: "too long to fit ", count: 5)
        #expect(form.rowCounts(width: 60) == [1, 3, 1], "an error longer than the value column wraps, never cut")
    }
}
