import Testing
@testable import TUI

@Suite struct CellBufferTests {
    @Test func wideGlyphOwnsAContinuationCell() {
        var buffer = CellBuffer(width: 6, height: 1)
        #expect(buffer.write("a中b", x: 0, y: 0) == 4)
        #expect(buffer[x: 1, y: 0].grapheme == "中")
        #expect(buffer[x: 1, y: 0].width == 2)
        #expect(buffer[x: 2, y: 0].isContinuation)
        #expect(buffer[x: 3, y: 0].grapheme == "b")
        #expect(buffer.textLines() == ["a中b  "])
    }

    @Test func wideGlyphNeverLandsInLastColumn() {
        var buffer = CellBuffer(width: 5, height: 1)
        #expect(buffer.write("ab中文", x: 0, y: 0) == 5)
        #expect(buffer.textLines() == ["ab中 "])
        #expect(buffer[x: 4, y: 0].width == 1)
        #expect(!buffer[x: 4, y: 0].isContinuation)
    }

    @Test func wideGlyphNeverCrossesTheClipEdge() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.write("中文字", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(buffer.textLines() == ["中文      "])
        buffer.write("张三", x: 5, y: 0, clip: Rect(x: 6, y: 0, width: 4, height: 1))
        // 张 would start left of the clip: its visible half is a space.
        #expect(buffer.textLines() == ["中文   三 "])
    }

    @Test func writingOverTheLeftHalfOfAWideGlyphClearsTheRightHalf() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("x", x: 0, y: 0)
        #expect(buffer.textLines() == ["x 文"])
        #expect(!buffer[x: 1, y: 0].isContinuation)
    }

    @Test func writingOverTheRightHalfOfAWideGlyphClearsTheLeftHalf() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("y", x: 1, y: 0)
        #expect(buffer.textLines() == [" y文"])
        buffer.write("张", x: 1, y: 0)
        #expect(buffer.textLines() == [" 张 "])
    }

    @Test func fillClearsWideGlyphsItCutsInHalf() {
        var buffer = CellBuffer(width: 6, height: 2)
        buffer.write("中文字", x: 0, y: 0)
        buffer.fill(Rect(x: 1, y: 0, width: 3, height: 1), style: Style(.muted))
        #expect(buffer.textLines()[0] == "    字")
        #expect(buffer[x: 2, y: 0].style == Style(.muted))
        #expect(buffer[x: 0, y: 0].style == .normal)
    }

    @Test func writesOutsideTheBufferAreDropped() {
        var buffer = CellBuffer(width: 3, height: 1)
        #expect(buffer.write("abc", x: 0, y: 1) == 0)
        #expect(buffer.write("abcdef", x: -2, y: 0) == 3)
        #expect(buffer.textLines() == ["cde"])
    }

    @Test func zeroWidthGraphemesAreDropped() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.write("a\u{7}b\u{200B}c", x: 0, y: 0)
        #expect(buffer.textLines() == ["abc "])
    }

    @Test func cursorIsHiddenUnlessSet() {
        var buffer = CellBuffer(width: 4, height: 2)
        #expect(buffer.cursor == nil)
        buffer.setCursor(x: 2, y: 1)
        #expect(buffer.cursor?.x == 2 && buffer.cursor?.y == 1)
    }

    @Test func changedPositionsReportWideGlyphsByTheirFirstCell() {
        var before = CellBuffer(width: 6, height: 2)
        before.write("ab", x: 0, y: 0)
        var after = before
        after.write("中", x: 2, y: 1)
        let changes = after.changedPositions(since: before)
        #expect(changes.map { "\($0.x),\($0.y)" } == ["2,1"])
        #expect(after.changedPositions(since: after).isEmpty)
        #expect(after.changedPositions(since: nil).count == 11)
    }
}
