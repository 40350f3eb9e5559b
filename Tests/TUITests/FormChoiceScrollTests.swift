import Testing
@testable import TUI

/// A choice field with more options than fit keeps the selected one in view.
@Suite struct FormChoiceScrollTests {
    static let reasons = ["失业 Lost their job", "收入减少 Income fell", "生病 Illness", "生意失败 Business failed",
                          "其他债务 Other debts", "家庭变故 Family emergency", "其他 Other"]

    func drawn(selected: Int, width: Int) -> String {
        let form = Form(fields: [.choice("Reason", options: Self.reasons, selected: selected)])
        var buffer = CellBuffer(width: width, height: 1)
        form.render(in: Rect(x: 0, y: 0, width: width, height: 1), into: &buffer)
        return buffer.textLines()[0]
    }

    @Test func theLastOptionIsShownWhenItIsChosenInANarrowField() {
        let row = drawn(selected: Self.reasons.count - 1, width: 50)
        #expect(row.contains("其他 Other"))
        #expect(!row.contains("Lost their job"), "earlier options scroll out of the way")
    }

    @Test func theFirstOptionsStayWhileTheChosenOneFits() {
        #expect(drawn(selected: 1, width: 50).contains("Lost their job"))
        #expect(Form.firstShown(Self.reasons, selected: 0, width: 1) == 0)
        #expect(Form.firstShown(Self.reasons, selected: 99, width: 10) == 0)
    }
}
