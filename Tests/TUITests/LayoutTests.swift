import Testing
@testable import TUI

@Suite struct LayoutTests {
    let area = Rect(x: 2, y: 1, width: 81, height: 24)

    @Test func fixedAndFillShareTheLengthWithoutGaps() {
        let rows = Layout.split(area, .rows, [.fixed(3), .fill, .fixed(1)])
        #expect(rows.map(\.height) == [3, 20, 1])
        #expect(rows.map(\.y) == [1, 4, 24])
        #expect(rows.allSatisfy { $0.x == 2 && $0.width == 81 })
    }

    @Test func percentagesAddUpWithoutLosingACell() {
        let columns = Layout.split(area, .columns, [.percent(50), .percent(50)])
        #expect(columns.map(\.width) == [40, 41])
        #expect(columns[1].x == 42)
        #expect(columns[1].maxX == area.maxX)
    }

    @Test func fillsShareTheRemainderEqually() {
        let columns = Layout.split(area, .columns, [.percent(35), .fill, .fill])
        #expect(columns.map(\.width) == [28, 27, 26])
    }

    @Test func laterBandsShrinkWhenSpaceRunsOut() {
        let rows = Layout.split(Rect(x: 0, y: 0, width: 10, height: 5), .rows, [.fixed(3), .fixed(4), .fill])
        #expect(rows.map(\.height) == [3, 2, 0])
    }

    @Test func insetShrinksEverySideAndNeverGoesNegative() {
        #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 79, height: 22))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }
}
