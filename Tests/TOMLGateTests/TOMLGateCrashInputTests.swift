import Testing
import TOMLGate

/// Every input that made toml++ abort is refused by the gate, with its line and column.
@Suite struct TOMLGateCrashInputTests {
    @Test(arguments: CrashInput.all)
    func minimisedCrashInputIsRefusedAtItsLineAndColumn(input: CrashInput) {
        #expect(throws: TOMLGateError.self) { try TOMLGate.check(input.text) }
        do {
            try TOMLGate.check(input.text)
        } catch {
            #expect(error.line == input.line)
            #expect(error.column == input.column)
            #expect(error.message.contains(input.messageFragment), "\(error)")
            #expect(error.description.hasPrefix("line \(input.line), column \(input.column): "))
        }
    }

    @Test func fuzzerFoundCrashFilesAreRefused() throws {
        let crashes = try Fixtures.fuzzerCrashes()
        #expect(crashes.count == 4)
        for crash in crashes {
            #expect(throws: TOMLGateError.self, "\(crash.name)") { try TOMLGate.check(crash.text) }
        }
    }

    @Test func theMessageSaysWhatWasExpectedWhere() {
        #expect(throws: TOMLGateError(line: 3, column: 4, message: "expected a key after `[`")) {
            try TOMLGate.check("a = 1\nb = 2\n  [\n")
        }
    }
}
