import Testing
@testable import TUI

/// A million rows that records which ones it was asked for.
final class CountingSource: ListDataSource {
    let count = 1_000_000
    var requested: [Int] = []

    func row(at index: Int) -> String {
        requested.append(index)
        return "第\(index)行 row \(index)"
    }
}

@Suite struct ListViewTests {
    @Test func aMillionRowListAsksOnlyForTheVisibleRows() {
        let source = CountingSource()
        var buffer = CellBuffer(width: 30, height: 12)
        var state = ListState()
        state.move(by: 500_000, count: source.count)
        state.scrollToSelection(height: 10)
        ListView().render(in: Rect(x: 0, y: 1, width: 30, height: 10), into: &buffer, source: source, state: state)
        #expect(source.requested == Array(499_991...500_000))
        #expect(buffer.textLines()[10].hasPrefix("第500000行 row 500000"))
        #expect(buffer[x: 0, y: 10].style.role == .selectedRow)
        #expect(buffer[x: 0, y: 9].style.role == .normal)
    }

    @Test func renderingShowsTheSelectionEvenWhenTheOffsetIsStale() {
        let source = ArrayListSource((0..<50).map { "行\($0)" })
        var buffer = CellBuffer(width: 10, height: 5)
        ListView().render(in: buffer.bounds, into: &buffer, source: source, state: ListState(selected: 30, offset: 0))
        #expect(buffer.textLines().last == "行30      ")
    }

    @Test func movingStopsAtTheEnds() {
        var state = ListState()
        state.move(by: -3, count: 10)
        #expect(state.selected == 0)
        state.move(by: 30, count: 10)
        #expect(state.selected == 9)
        state.toTop()
        #expect(state.selected == 0)
        state.toBottom(count: 10)
        #expect(state.selected == 9)
        state.move(by: 1, count: 0)
        #expect(state.selected == 0)
    }

    @Test func pagingMovesSelectionAndViewByAScreen() {
        var state = ListState()
        state.page(.down, height: 10, count: 100)
        #expect(state.selected == 9)
        #expect(state.offset == 9)
        state.page(.down, height: 10, count: 100)
        #expect(state.selected == 18)
        state.page(.up, height: 10, count: 100)
        #expect(state.selected == 9)
        state.page(.up, height: 10, count: 100)
        #expect(state.selected == 0 && state.offset == 0)
        state.toBottom(count: 100)
        state.scrollToSelection(height: 10)
        #expect(state.offset == 90)
    }

    @Test func rowSegmentsAndTrailingTextKeepTheirStyles() {
        let source = ArrayListSource([
            ListRow([.init("HB-0113 "), .init("张伟", style: Style(.header))], trailing: .init("¥62k", style: Style(.warning))),
        ])
        var buffer = CellBuffer(width: 20, height: 2)
        ListView(marker: "▶ ", highlightsSelection: false).render(in: buffer.bounds, into: &buffer, source: source, state: ListState())
        #expect(buffer.textLines()[0] == "▶ HB-0113 张伟  ¥62k")
        #expect(buffer[x: 10, y: 0].style.role == .header)
        #expect(buffer[x: 16, y: 0].style.role == .warning)
    }

    @Test func longRowsAreCutBeforeTheTrailingText() {
        let source = ArrayListSource([ListRow([.init("欧阳娜娜的很长的案件描述")], trailing: .init("¥1.2万"))])
        var buffer = CellBuffer(width: 16, height: 1)
        ListView().render(in: buffer.bounds, into: &buffer, source: source, state: ListState())
        #expect(buffer.textLines() == ["欧阳娜娜… ¥1.2万"])
    }
}
