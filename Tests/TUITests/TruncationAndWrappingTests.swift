import Testing
@testable import TUI

@Suite struct TruncationAndWrappingTests {
    @Test func truncatesChineseWithEllipsisToExactWidth() {
        #expect("患者张三复诊记录".truncated(to: 9) == "患者张三…")
        #expect("患者张三复诊记录".truncated(to: 9).displayWidth == 9)
    }

    @Test func wideCharacterAtTheCutIsNeverSplit() {
        // 8 columns: "患者张" is 6, the ellipsis 1, and the odd column is a space, never half of 三.
        #expect("患者张三复诊记录".truncated(to: 8) == "患者张… ")
        #expect("a患者".truncated(to: 3) == "a… ")
    }

    @Test func truncationToTinyWidthsKeepsTheWidthAsked() {
        #expect("患者张三".truncated(to: 0) == "")
        #expect("患者张三".truncated(to: 1) == "…")
        #expect("患者张三".truncated(to: 2) == "… ")
        #expect("患者张三".truncated(to: 3) == "患…")
        for width in 0...20 {
            #expect("患者张三复诊记录 visit".truncated(to: width).displayWidth == width)
        }
    }

    @Test func shortTextIsPaddedNotCut() {
        #expect("张三".truncated(to: 6) == "张三  ")
        #expect("张三".truncated(to: 4) == "张三")
    }

    @Test func truncationWithoutRoomForEllipsisCutsPlainly() {
        #expect("患者".truncated(to: 2, ellipsis: "...") == "患")
        #expect("abcdef".truncated(to: 5, ellipsis: "...") == "ab...")
    }

    @Test func chineseWrapsBetweenAnyTwoCharacters() {
        #expect("债务人称本月工资延迟发放".wrapped(to: 10) == ["债务人称本", "月工资延迟", "发放"])
        #expect("债务人称本月工资延迟发放".wrapped(to: 9) == ["债务人称", "本月工资", "延迟发放"])
    }

    @Test func latinWrapsAtSpaces() {
        #expect("Recording not announced yet".wrapped(to: 12) == ["Recording", "not", "announced", "yet"])
        #expect("Staff ID shown".wrapped(to: 8) == ["Staff ID", "shown"])
    }

    @Test func longWordsAreBrokenWhereTheyMustBe() {
        #expect("HB-2025-0113".wrapped(to: 5) == ["HB-20", "25-01", "13"])
    }

    @Test func mixedTextKeepsWordsAndBreaksChinese() {
        #expect("张伟 promised ¥500".wrapped(to: 10) == ["张伟", "promised", "¥500"])
        #expect("10:05 债务人称工资延迟".wrapped(to: 12) == ["10:05 债务人", "称工资延迟"])
    }

    @Test func newlinesStartNewLinesAndEmptyLinesSurvive() {
        #expect("一\n\n二".wrapped(to: 10) == ["一", "", "二"])
        #expect("".wrapped(to: 10) == [""])
    }

    @Test func everyWrappedLineFits() {
        let text = "上门外访记录：债务人张三称本月工资延迟发放，愿意先还一部分 (partial payment), 其余 next month."
        for width in 2...30 {
            for line in text.wrapped(to: width) {
                #expect(line.displayWidth <= width, "width \(width): \(line)")
            }
        }
    }
}
