import Foundation
import Testing
@testable import VisitDesk

/// The one sanitiser: what it refuses at entry and what it neutralises on the way out.
struct SafeTextTests {
    static let hostile = ["\u{1B}[2J", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{9B}31m", "\u{07}", "\u{00}", "\u{202E}"]

    @Test(arguments: hostile)
    func everyHostileSequenceIsNeutralisedForTheTerminal(_ sequence: String) {
        let shown = SafeText.neutralised("张伟" + sequence + "HB")
        #expect(!shown.unicodeScalars.contains(where: SafeText.isUnsafe))
        #expect(shown.hasPrefix("张伟") && shown.hasSuffix("HB"))
    }

    @Test func controlsBecomeVisibleStandIns() {
        #expect(SafeText.neutralised("a\u{1B}[2Jb\u{07}\u{0}\u{7F}") == "a␛[2Jb␇␀␡")
        #expect(SafeText.neutralised("\u{9B}x\u{202E}y") == "\u{FFFD}x\u{FFFD}y")
    }

    @Test func allowedLineBreaksAndTabsAreKept() {
        #expect(SafeText.neutralised("a\nb\tc", allowing: [.newline, .tab]) == "a\nb\tc")
        #expect(SafeText.neutralised("a\r\nb", allowing: .newline) == "a\nb")
        #expect(SafeText.neutralised("a\nb") == "a␊b")
        #expect(SafeText.neutralised("a\rb", allowing: .newline) == "a␍b")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "上海市浦东新区 世纪大道 100 号 · “引号” ① é"
        #expect(SafeText.neutralised(text) == text)
        #expect(SafeText.firstUnsafeCharacter(in: text) == nil)
    }

    @Test func inputRefusalNamesLineColumnAndCharacter() throws {
        let found = try #require(SafeText.firstUnsafeCharacter(in: "第一行\n王磊\u{202E}", allowing: .newline))
        #expect(found.line == 2)
        #expect(found.column == 3)
        #expect(found.description == "U+202E (bidirectional control) at line 2, column 3")
        let escape = try #require(SafeText.firstUnsafeCharacter(in: "ab\u{1B}[2J"))
        #expect(escape.column == 3)
        #expect(escape.name == "U+001B (escape)")
        #expect(SafeText.firstUnsafeCharacter(in: "a\tb")?.name == "U+0009 (tab)")
        #expect(SafeText.firstUnsafeCharacter(in: "a\tb", allowing: .tab) == nil)
    }

    @Test func jsonKeepsTheTextButNotTheRawBytes() throws {
        let original = "李娜\u{9B}2J\u{202E}\u{1B}"
        let encoded = String(decoding: try JSONEncoder().encode([original]), as: UTF8.self)
        let safe = SafeText.escapingUnsafeScalars(inJSON: encoded)
        #expect(!safe.unicodeScalars.contains(where: SafeText.isUnsafe))
        #expect(try JSONDecoder().decode([String].self, from: Data(safe.utf8)) == [original])
    }
}
