import Testing
@testable import VisitDesk

@Suite("Playbook TOML refuses control characters")
struct PlaybookTOMLSafetyTests {
    static func error(replacingLine line: Int, with text: String) -> PlaybookError? {
        PlaybookTOMLTests.error(PlaybookTOMLTests.minimal(replacingLine: line, with: text))
    }

    @Test func anEscapeSequenceInAnItemTextNamesFileLineAndKey() throws {
        let error = try #require(Self.error(replacingLine: 13, with: #"text.zh = "出示\u001B[2J工作证""#))
        #expect(error == .unsafeCharacter(file: "short.toml", line: 13, key: "stages[1].items[1].text.zh", character: "U+001B (escape)"))
        #expect(error.description == "short.toml:13: stages[1].items[1].text.zh holds U+001B (escape);"
            + " remove it (control characters and bidirectional overrides are not allowed)")
    }

    @Test func aBidiOverrideInTheTitleAndABellInAnIDAreRefused() {
        #expect(Self.error(replacingLine: 3, with: #"title.zh = "简短\u202E外访""#)
            == .unsafeCharacter(file: "short.toml", line: 3, key: "title.zh", character: "U+202E (bidirectional control)"))
        #expect(Self.error(replacingLine: 7, with: #"id = "arrival\u0007""#)
            == .unsafeCharacter(file: "short.toml", line: 7, key: "stages[1].id", character: "U+0007 (bell)"))
    }

    @Test func aLineBreakOrTabIsAllowedInTextsButNotInIDs() throws {
        let playbook = try PlaybookTOML.parse(PlaybookTOMLTests.minimal(replacingLine: 13, with: #"text.zh = "出示\n工作\t证""#), file: "short.toml")
        #expect(playbook.stages[0].items[0].text.zh == "出示\n工作\t证")
        #expect(Self.error(replacingLine: 12, with: #"id = "arrival\nstaff""#)
            == .unsafeCharacter(file: "short.toml", line: 12, key: "stages[1].items[1].id", character: "U+000A (line break)"))
    }
}
