import Testing
@testable import TUI

@Suite("Themes refuse non-printable text")
struct ThemeTextTests {
    func themeError(_ toml: String) -> ThemeError? {
        do {
            _ = try Theme.parse(toml, file: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func anEscapeSequenceInTheNameNamesFileLineAndKey() throws {
        let error = try #require(themeError("""
            name = "bad\\u001B[2J"
            [roles]
            normal = {}
            """))
        #expect(error.line == 1)
        #expect(error.key == "name")
        #expect(error.description == #"bad.toml:1: name: the value "bad\u{1B}[2J" holds the non-printable character \u{1B}; a theme holds only names and colours"#)
    }

    @Test func aBidiOverrideInTheDescriptionIsRefused() throws {
        let error = try #require(themeError("""
            name = "ok"
            description = "dark \\u202Etheme"
            """))
        #expect(error.line == 2 && error.key == "description")
        #expect(error.message.contains(#"\u{202E}"#))
    }

    @Test func aControlCharacterInAQuotedKeyIsShownEscaped() throws {
        let error = try #require(themeError("""
            name = "ok"
            [roles]
            "warning\\u0007" = { fg = "red" }
            """))
        #expect(error.key == #"roles.warning\u{7}"#)
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
