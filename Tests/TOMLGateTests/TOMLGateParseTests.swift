import Testing
import TOMLGate

/// One way to parse TOML: the gate first, then TOMLKit, each complaint with its line and column.
@Suite struct TOMLGateParseTests {
    @Test func acceptedTextParsesToItsTable() throws {
        let table = try TOMLGate.parse("id = \"agent\"\n[rules]\nquiet = 21\n")
        #expect(table["id"]?.string == "agent")
        #expect(table["rules"]?.table?["quiet"]?.int == 21)
    }

    @Test func theGatesRefusalKeepsItsPlace() throws {
        let error = try #require(throws: TOMLGateError.self) { try TOMLGate.parse("a = 1\nratio = 1.5") }
        #expect(error.line == 2)
        #expect(error.message.contains("fractions"))
    }

    @Test func aKeySetTwiceIsRefusedByTheParserAtItsSecondLine() throws {
        let error = try #require(throws: TOMLGateError.self) { try TOMLGate.parse("a = 1\n\na = 2\n") }
        #expect(error.line == 3)
        #expect(!error.message.isEmpty)
    }
}
