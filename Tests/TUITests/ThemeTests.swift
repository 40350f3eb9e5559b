import Foundation
import Testing
@testable import TUI

@Suite struct ThemeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themesDirectory = packageRoot.appendingPathComponent("themes")

    func themeError(_ toml: String) -> ThemeError? {
        do {
            _ = try Theme.parse(toml, file: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func builtInDefaultIsExactlyThemesDefaultToml() throws {
        let file = try String(contentsOf: Self.themesDirectory.appendingPathComponent("default.toml"), encoding: .utf8)
        #expect(BuiltInTheme.defaultTOML == file)
        #expect(Theme.builtInDefault.name == "default")
        #expect(Theme.builtInDefault.roles.count == StyleRole.allCases.count)
    }

    @Test func everyShippedThemeParsesAndSetsEveryRole() throws {
        for name in ["default", "light", "high-contrast", "mono"] {
            let theme = try Theme.load(nameOrPath: name, searchDirectories: [Self.themesDirectory])
            #expect(theme.name == name)
            #expect(Set(theme.roles.keys) == Set(StyleRole.allCases), "\(name)")
        }
    }

    @Test func monoThemeIsTheMonochromeEmphasis() throws {
        let mono = try Theme.load(nameOrPath: "mono", searchDirectories: [Self.themesDirectory])
        for role in StyleRole.allCases {
            #expect(mono[role] == RoleStyle.monochrome(role), "\(role)")
        }
    }

    @Test func coloursParseAsNamesNumbersAndHex() throws {
        let theme = try Theme.parse("""
            [roles]
            warning = { fg = "Yellow", bg = 236, bold = true }
            error = { fg = "#ff0000", underline = true }
            normal = { fg = "default" }
            """, file: "t.toml")
        #expect(theme.name == "t")
        #expect(theme[.warning] == RoleStyle(foreground: .indexed(3), background: .indexed(236), bold: true))
        #expect(theme[.error] == RoleStyle(foreground: .rgb(red: 255, green: 0, blue: 0), underline: true))
        #expect(theme[.normal] == RoleStyle())
        #expect(theme[.selectedRow] == RoleStyle(reverse: true))
    }

    @Test func unknownRoleNamesFileLineAndKey() throws {
        let error = try #require(themeError("""
            name = "bad"
            [roles]
            normal = {}
            selected = { reverse = true }
            """))
        #expect(error.file == "bad.toml")
        #expect(error.line == 4)
        #expect(error.key == "roles.selected")
        #expect(error.description.hasPrefix("bad.toml:4: roles.selected: unknown role \"selected\""))
    }

    @Test func unknownColourNamesFileLineAndKey() throws {
        let error = try #require(themeError("""
            [roles]
            normal = {}
            warning = { fg = "yelow", bold = true }
            """))
        #expect(error.line == 3)
        #expect(error.key == "roles.warning.fg")
        #expect(error.message.contains("unknown colour \"yelow\""))
    }

    @Test func colourNumbersOutsideThePaletteAreRejected() throws {
        let error = try #require(themeError("""
            [roles.muted]
            fg = 300
            """))
        #expect(error.line == 2)
        #expect(error.key == "roles.muted.fg")
    }

    @Test func badSyntaxNamesFileLineAndKey() throws {
        let error = try #require(themeError("""
            [roles]
            normal = {}
            header = { fg = "red", bold = tru }
            """))
        #expect(error.line == 3)
        #expect(error.key == "roles.header")
        #expect(error.message.hasPrefix("bad TOML syntax"))
    }

    @Test func unknownAttributesAndWrongTypesAreErrors() throws {
        let attribute = try #require(themeError("[roles]\nnormal = { italic = true }"))
        #expect(attribute.key == "roles.normal.italic")
        #expect(attribute.line == 2)
        let type = try #require(themeError("[roles]\n\nnormal = { bold = \"yes\" }"))
        #expect(type.key == "roles.normal.bold")
        #expect(type.line == 3)
        let topLevel = try #require(themeError("colour = 1"))
        #expect(topLevel.key == "colour")
    }

    @Test func theFirstProblemInTheFileIsReported() throws {
        let error = try #require(themeError("""
            [roles]
            warning = { fg = "nope" }
            zzz = {}
            aaa = {}
            """))
        #expect(error.line == 2)
    }

    @Test func loadByPathByNameAndDefaultFallback() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("night.toml")
        try "name = \"night\"\n[roles]\nnormal = { fg = \"white\", bg = \"black\" }\n".write(to: file, atomically: true, encoding: .utf8)

        #expect(try Theme.load(nameOrPath: file.path, searchDirectories: []).name == "night")
        #expect(try Theme.load(nameOrPath: "night", searchDirectories: [directory, Self.themesDirectory]).name == "night")
        #expect(try Theme.load(nameOrPath: "light", searchDirectories: [directory, Self.themesDirectory]).name == "light")
        #expect(try Theme.load(nameOrPath: "default", searchDirectories: [directory]) == Theme.builtInDefault)
        #expect(throws: ThemeError.self) { try Theme.load(nameOrPath: "nosuch", searchDirectories: [directory]) }
        #expect(throws: ThemeError.self) { try Theme.load(nameOrPath: "/nonexistent/x.toml", searchDirectories: []) }
        #expect(Theme.available(in: [directory, Self.themesDirectory]) == ["default", "high-contrast", "light", "mono", "night"])
    }

    @Test func hexColoursBecomeTheNearestPaletteColour() {
        #expect(ThemeColor.rgb(red: 0x87, green: 0xAF, blue: 0xD7).number(forPaletteSize: 256) == 110)
        #expect(ThemeColor.rgb(red: 0x80, green: 0x80, blue: 0x80).number(forPaletteSize: 256) == 244)
        #expect(ThemeColor.rgb(red: 255, green: 0, blue: 0).number(forPaletteSize: 256) == 196)
        #expect(ThemeColor.rgb(red: 200, green: 10, blue: 10).number(forPaletteSize: 8) == 1)
        #expect(ThemeColor.rgb(red: 1, green: 2, blue: 3).number(forPaletteSize: 1 << 24) == 0x010203)
        #expect(ThemeColor.indexed(244).number(forPaletteSize: 8) == 7)
        #expect(ThemeColor.indexed(12).number(forPaletteSize: 16) == 12)
        #expect(ThemeColor.indexed(12).number(forPaletteSize: 8) == 4)
        #expect(ThemeColor.indexed(3).number(forPaletteSize: 1 << 24) == 3)
        #expect(ThemeColor.terminalDefault.number(forPaletteSize: 256) == -1)
    }
}
