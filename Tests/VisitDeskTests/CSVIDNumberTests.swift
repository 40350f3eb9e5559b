import Testing
@testable import VisitDesk

@Suite("ID number check")
struct CSVIDNumberTests {
    @Test func standardExamplesPass() {
        #expect(ChineseIDNumber.problem(with: "11010519491231002X")?.en == nil)
        #expect(ChineseIDNumber.problem(with: "11010519491231002x") == nil)
        #expect(ChineseIDNumber.problem(with: "440524188001010014")?.en == nil)
    }

    @Test func checkCharacterIsComputedFromTheFirstSeventeenDigits() {
        #expect(ChineseIDNumber.checkCharacter(for: "11010519491231002") == "X")
        #expect(ChineseIDNumber.checkCharacter(for: "44052418800101001") == "4")
        #expect(ChineseIDNumber.checkCharacter(for: "4405241880010100") == nil)
    }

    @Test func onlyPlainDigitsCountAmongTheFirstSeventeen() {
        // Full-width and Arabic-Indic digits have numeric values but are not digits of an ID number.
        #expect(ChineseIDNumber.checkCharacter(for: "１1010519491231002") == nil)
        #expect(ChineseIDNumber.checkCharacter(for: "\u{0661}1010519491231002") == nil)
        #expect(ChineseIDNumber.checkCharacter(for: "1101051949123100 ") == nil)
        #expect(ChineseIDNumber.checkCharacter(for: "110105194912310022") == nil)
        #expect(ChineseIDNumber.problem(with: "１1010519491231002X")?.en == "ID number must start with 17 digits")
    }

    @Test func malformedNumbersSayWhatIsWrong() {
        #expect(ChineseIDNumber.problem(with: "1101051949123100")?.en == "ID number must have 18 characters, this one has 16")
        #expect(ChineseIDNumber.problem(with: "1101051949123100AX")?.en == "ID number must start with 17 digits")
        #expect(ChineseIDNumber.problem(with: "11010519491231002Y")?.en == "ID number must end with a digit or X")
        #expect(ChineseIDNumber.problem(with: "110105194912310021")?.en == "ID number fails its check digit (mistyped?)")
    }
}
