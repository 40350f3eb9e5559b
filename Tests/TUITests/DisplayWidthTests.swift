import CNcurses
import Testing
@testable import TUI

@Suite struct DisplayWidthTests {
    /// The ranges the issue names: CJK punctuation, Extension A, the URO, half- and fullwidth forms, ASCII.
    static let checkedRanges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF]

    @Test func widthAgreesWithGlibcWcwidthForEveryCheckedCodePoint() throws {
        try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
        var disagreements: [String] = []
        var checked = 0
        for range in Self.checkedRanges {
            for value in range {
                let scalar = try #require(Unicode.Scalar(value))
                // wcwidth's −1 (not a printable character) is width 0: such code points are not drawn.
                let expected = max(0, Int(wcwidth(wchar_t(value))))
                let actual = DisplayWidth.of(Character(scalar))
                if actual != expected { disagreements.append(String(format: "U+%04X: %d, wcwidth %d", value, actual, expected)) }
                checked += 1
            }
        }
        #expect(checked == 95 + 64 + 6592 + 20992 + 240)
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first: \(disagreements.prefix(10))")
    }

    @Test func ambiguousCharactersAreOneColumn() {
        for character: Character in ["“", "”", "…", "·", "①", "—", "✓", "–", "─", "│", "┌"] {
            #expect(DisplayWidth.of(character) == 1, "\(character)")
        }
    }

    @Test func cjkIdeographsAndFullwidthFormsAreTwoColumns() {
        #expect("患者张三".displayWidth == 8)
        #expect("，。、！（）".displayWidth == 12)
        #expect("ＡＢＣ１２３".displayWidth == 12)
        #expect("¥62k".displayWidth == 4)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect("Cafe\u{301}".displayWidth == 4)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test func emojiAndZwjSequencesAreTwoColumns() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("👨‍👩‍👧")) == 2)
        #expect(DisplayWidth.of(Character("❤️")) == 2)
        #expect(DisplayWidth.of(Character("🇨🇳")) == 2)
        #expect("👨‍👩‍👧ok".displayWidth == 4)
    }

    @Test func controlsTakeNoColumn() {
        #expect(DisplayWidth.of(Character("\u{7}")) == 0)
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{85}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
    }
}
