import Foundation
import Testing
@testable import VisitDesk

/// What the importer refuses instead of guessing: broken quoting, control characters and
/// bidirectional overrides, empty required values, references that could not be file names.
@Suite("CSV import refuses hostile and malformed input")
struct CSVHostileInputTests {
    static let header = CSVImportTests.header
    static let allColumnsHeader = "ref,name,phone,id_number,address,product,outstanding,days_overdue,status,agent,tags"

    static func problems(_ text: String) -> [CaseImportProblem] {
        CSVImportTests.problems(text)
    }

    @Test func aQuoteInsideAQuotedValueThatIsNotDoubledIsAnErrorAtItsCharacter() throws {
        let problems = Self.problems(Self.header + "\nA-1,\"Zhang \"Tony\" San\",,,x,花呗,100,1\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect("\(problem.line):\(problem.column)" == "2:2")
        #expect(problem.message.contains("quote at character 12"))
        #expect(problem.message.contains("\"Zhang \"\"Tony\"\" San\""))
    }

    @Test func aQuoteInsideAValueThatDoesNotStartWithOneIsAnError() throws {
        let problems = Self.problems(Self.header + "\nA-1,Zhang \"Tony\" San,,,x,花呗,100,1\n")
        #expect(problems.map { "\($0.line):\($0.column)" } == ["2:2"])
        #expect(problems.first?.message.contains("quote at character 11") == true)
    }

    @Test func aQuoteLeftOpenAtTheEndOfTheFileIsAnErrorWhereItOpens() throws {
        let problems = Self.problems(Self.header + "\nA-1,张三,,,x,花呗,100,\"1")
        #expect(problems.map { "\($0.line):\($0.column)" } == ["2:8"])
        #expect(problems.first?.message.contains("quote at character 19 opens a value that is never closed") == true)
    }

    @Test func aNulInAValueIsAnErrorNamingLineAndCharacter() throws {
        let problems = Self.problems(Self.header + "\nA-1,张\u{0}三,,,x,花呗,100,1\n")
        #expect(problems.map(\.description) == [
            "line 2, column 2: name holds U+0000 (null) at line 2, character 6;"
                + " control characters, tabs and bidirectional overrides are not allowed",
        ])
    }

    @Test func aRepeatedReferenceNamesBothLines() {
        let problems = Self.problems(Self.header + "\nA-1,张三,,,x,花呗,100,1\nA-2,李四,,,x,花呗,100,1\nA-1,王五,,,x,花呗,100,1\n")
        #expect(problems.map { "\($0.line):\($0.column)" } == ["4:1"])
        #expect(problems.first?.message == "ref A-1 is already used on line 2; refs must be unique")
    }

    @Test func emptyNameAddressOrProductIsAnError() {
        let problems = Self.problems(Self.header + "\nA-1,,,,,,100,1\nA-2,李四,,,  ,花呗,100,1\nA-3,王五,,,x,\"\",100,1\n")
        #expect(problems.map(\.description) == [
            "line 2, column 2: name is empty; every case needs the debtor's name",
            "line 2, column 5: address is empty; every case needs the address to visit",
            "line 2, column 6: product is empty; name the loan product (e.g. 花呗, 借呗)",
            "line 3, column 5: address is empty; every case needs the address to visit",
            "line 4, column 6: product is empty; name the loan product (e.g. 花呗, 借呗)",
        ])
    }

    static let hostile: [(String, String)] = [
        ("\u{1B}[2J", "U+001B (escape)"),
        ("\u{1B}]52;c;aGVsbG8=\u{07}", "U+001B (escape)"),
        ("\u{9B}31m", "U+009B (C1 control)"),
        ("\u{07}", "U+0007 (bell)"),
        ("\u{0}", "U+0000 (null)"),
        ("\u{202E}", "U+202E (bidirectional control)"),
    ]

    @Test(arguments: hostile)
    func everyTextColumnRefusesTerminalControls(payload: String, name: String) {
        let values = ["A-1", "张三", "13800138000", "33010619900101123X", "北京市朝阳区", "花呗", "100", "1", "open", "王磊", "首次上门"]
        let row = values.map { "\"\($0)\(payload)\"" }.joined(separator: ",")
        let problems = Self.problems(Self.allColumnsHeader + "\n" + row + "\n")
        #expect(problems.map(\.column) == Array(1...11))
        for (problem, column) in zip(problems, CaseColumn.allCases) {
            #expect(problem.line == 2)
            #expect(problem.message.hasPrefix("\(column.header) holds \(name) at line 2, character "))
            #expect(!problem.description.unicodeScalars.contains(where: SafeText.isUnsafe))
        }
    }

    @Test func theCharacterIsLocatedOnItsOwnLineInsideAQuotedValue() {
        let text = Self.header + "\nA-1,张三,,,\"第一行\n\"\"楼\"\"\u{1B}[2J\",花呗,100,1\n"
        #expect(Self.problems(text).map(\.description) == [
            "line 2, column 5: address holds U+001B (escape) at line 3, character 6;"
                + " control characters, tabs and bidirectional overrides are not allowed (a line break is)",
        ])
    }

    @Test func aLineBreakIsAllowedInTheAddressOnlyAndATabNowhere() throws {
        let address = try CaseCSVImporter.parse(Data((Self.header + "\nA-1,张三,,,\"北京市\r\n朝阳区\",花呗,100,1\n").utf8))
        #expect(address.first?.address == "北京市 朝阳区")
        #expect(Self.problems(Self.header + "\nA-1,\"张\n三\",,,x,花呗,100,1\n").map(\.message) == [
            "name holds U+000A (line break) at line 2, character 7; control characters, tabs and bidirectional overrides are not allowed",
        ])
        #expect(Self.problems(Self.header + "\nA-1,张三,,,北京\t朝阳,花呗,100,1\n").first?.message.hasPrefix(
            "address holds U+0009 (tab) at line 2, character 12") == true)
    }

    @Test func aControlCharacterInTheHeaderIsNamed() {
        let problems = Self.problems("ref,na\u{1B}[2Jme,phone,id_number,address,product,outstanding,days_overdue\n")
        #expect(problems.first?.description.hasPrefix("line 1, column 2: the header holds U+001B (escape) at line 1, character 7") == true)
    }

    @Test(arguments: ["../../../x", "a/b", ".hidden", "a b", "x\\y", String(repeating: "a", count: 65)])
    func referencesThatCouldNotBeSafeFileNamesAreRefused(reference: String) throws {
        let problems = Self.problems(Self.header + "\n\"\(reference)\",张三,,,x,花呗,100,1\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && problem.line == 2 && problem.column == 1)
        #expect(problem.message.hasPrefix("ref \""))
    }

    @Test func referencesMayUseLettersOfAnyScriptDigitsDashesUnderscoresAndDots() throws {
        let references = ["HB-2025-0113", "借呗_2025.07", "Ab9", String(repeating: "号", count: 64)]
        let rows = references.map { "\($0),张三,,,x,花呗,100,1" }.joined(separator: "\n")
        #expect(try CaseCSVImporter.parse(Data((Self.header + "\n" + rows + "\n").utf8)).map(\.reference) == references)
    }

    @Test func theRefRuleSaysWhatIsAllowed() {
        #expect(CaseReference.problem(with: "a/b")?.en == "ref \"a/b\" holds \"/\" (its character 2); a ref may hold only letters, digits, - _ and .")
        #expect(CaseReference.problem(with: ".hidden")?.en == "ref \".hidden\" starts with a dot; a ref must start with a letter, a digit, - or _")
    }
}
