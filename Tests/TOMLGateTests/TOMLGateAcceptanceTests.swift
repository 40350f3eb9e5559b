import Testing
import TOMLGate
import TOMLKit

/// What VisitDesk's own files use passes the gate unchanged, and TOMLKit reads it.
@Suite struct TOMLGateAcceptanceTests {
    @Test func everyShippedThemePasses() throws {
        let themes = try Fixtures.shippedThemes()
        #expect(themes.count == 4)
        for theme in themes {
            #expect(throws: Never.self, "\(theme.name)") { try TOMLGate.check(theme.text) }
        }
    }

    @Test func everyTOMLExampleInTheReadmePasses() throws {
        let blocks = try Fixtures.readmeTOMLBlocks()
        #expect(blocks.count >= 3)
        #expect(blocks.contains { $0.contains("[rules]") })
        for block in blocks {
            #expect(throws: Never.self, "\(block)") { try TOMLGate.check(block) }
        }
    }

    static let subsetExamples: [String] = [
        "",
        "# only a comment",
        "\n\n   \t\n",
        "a = 1\r\nb = 2\r\n",
        "bare_key-1 = 0\n\"quoted key\" = -17\n'literal key' = +1_000\n",
        "title.zh = \"简短外访\"\ntitle . en = 'Short visit' # trailing comment\n",
        "s = \"quote \\\" backslash \\\\ newline \\n tab \\t cr \\r \\b \\f \\u00e9 \\U0001F600\"",
        "s = 'C:\\path\\with \"quotes\"'",
        "s = \"\"\"\nfirst\nsecond \"quoted\" \\\n    continued\"\"\"",
        "s = '''\nraw \\n text\n'''",
        "e = \"\"\ne2 = ''",
        "flags = [true, false]\nnested = [[1, 2], [\"a\"], []]",
        "multi = [\n  1,  # one\n  2,\n\n  3,\n]",
        "style = { fg = \"red\", bold = true, inner = { n = 1 }, a.b = 2 }\nempty = {}",
        "[roles]\nnormal = {}\n\n[ roles . \"quoted\" ]\nx = 1",
        "[[stages]]\nid = \"a\"\n[[stages.items]]\nid = \"a.b\"\n[[stages]]\nid = \"c\"",
        "max = 9223372036854775807\nmin = -9223372036854775808\nzero = 0\nplus_zero = +0",
    ]

    @Test(arguments: subsetExamples)
    func theSubsetPassesAndTOMLKitReadsIt(text: String) throws {
        try TOMLGate.check(text)
        _ = try TOMLTable(string: text)
    }
}
