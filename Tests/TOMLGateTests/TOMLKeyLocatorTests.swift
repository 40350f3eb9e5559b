import Testing
import TOMLGate

/// Errors found after parsing point at the right line of a playbook, theme or config file.
@Suite struct TOMLKeyLocatorTests {
    static let playbook = """
        id = "short"
        title.zh = "简短"

        [[stages]]
        id = "arrival"
        notes = \"\"\"
        id = "not a key"
        \"\"\"

        [[stages.items]]
        id = "arrival.staff-id"
        "text" . en = "Staff ID shown"

        [[stages]]
        id = "talk"
        items = 3

        [[stages.items]]
        id = "talk.income"
        """

    @Test func keysInArraysOfTablesAreFoundByTheirElement() {
        let locator = TOMLKeyLocator(source: Self.playbook)
        #expect(locator.line(of: ["id"]) == 1)
        #expect(locator.line(of: ["stages[0]", "id"]) == 5)
        #expect(locator.line(of: ["stages[0]", "items[0]", "id"]) == 11)
        #expect(locator.line(of: ["stages[0]", "items[0]", "text", "en"]) == 12, "quoted and spaced dotted key")
        #expect(locator.line(of: ["stages[1]", "id"]) == 15)
        #expect(locator.line(of: ["stages[1]", "items[0]", "id"]) == 19, "items count again under each stage")
    }

    @Test func aMissingKeyPointsAtWhatHoldsIt() {
        let locator = TOMLKeyLocator(source: Self.playbook)
        #expect(locator.line(of: ["title", "en"]) == nil, "a missing top-level key has no table header to point at")
        #expect(locator.line(of: ["stages[0]", "items[0]", "hint"]) == 10, "the item's header")
        #expect(locator.line(of: ["stages[1]", "items"]) == 16, "the key holding the array")
        #expect(locator.line(of: ["stages[7]", "id"]) == 4, "an element that is not there: the array's first header")
        #expect(locator.line(of: ["role"]) == nil)
    }

    @Test func linesInsideAMultilineStringAreNotKeys() {
        let locator = TOMLKeyLocator(source: Self.playbook)
        #expect(locator.key(onLine: 7) == nil)
        #expect(locator.key(onLine: 6) == "stages[0].notes")
        #expect(locator.line(of: ["stages[0]", "id"]) == 5, "the id inside the string does not count")
    }

    @Test func themeTablesAndInlineTablesAreFound() {
        let theme = """
            # night
            [roles]
            warning = { fg = "yelow", bold = true }
            [roles.title]
            fg = "cyan"
            """
        let locator = TOMLKeyLocator(source: theme)
        #expect(locator.line(of: ["roles", "warning", "fg"]) == 3)
        #expect(locator.line(of: ["roles", "warning", "bold"]) == 3)
        #expect(locator.line(of: ["roles", "title", "fg"]) == 5)
        #expect(locator.line(of: ["roles", "title", "bg"]) == 4)
        #expect(locator.key(onLine: 5) == "roles.title.fg")
        #expect(locator.key(onLine: 1) == nil)
    }
}
