import Testing
@testable import VisitDesk

@Suite struct MoneyTests {
    @Test(arguments: [
        ("62120.70", 6_212_070),
        ("62,120.70", 6_212_070),
        ("¥62120.7", 6_212_070),
        ("￥62120.7", 6_212_070),
        ("6.2万", 6_200_000),
        ("¥6.2万", 6_200_000),
        ("62120", 6_212_000),
        ("0.05", 5),
        ("1,234,567.89", 123_456_789),
        ("  450  ", 45_000),
        ("12万", 12_000_000),
        ("0.000001万", 1),
    ] as [(String, Int64)])
    func everyWrittenFormReadsAsFen(text: String, fen: Int64) throws {
        #expect(try Money.parse(text) == Money(fen: fen))
    }

    @Test(arguments: [
        ("", MoneyParseError.Problem.empty),
        ("   ", .empty),
        ("-5", .negative),
        ("¥-5", .negative),
        ("12a", .unexpectedCharacter("a")),
        ("62120元", .unexpectedCharacter("元")),
        ("$12", .unexpectedCharacter("$")),
        ("12 000", .unexpectedCharacter(" ")),
        ("62¥", .unexpectedCharacter("¥")),
        ("1e5", .unexpectedCharacter("e")),
        ("¥", .noDigits),
        ("万", .noDigits),
        (".5", .noDigits),
        ("1.2.3", .moreThanOneDecimalPoint),
        ("62.", .noDigitsAfterDecimalPoint),
        ("1.234", .tooManyDecimals(allowed: 2)),
        ("1.2345678万", .tooManyDecimals(allowed: 6)),
        ("12,34.5", .misplacedGroupSeparator),
        ("1234,567", .misplacedGroupSeparator),
        (",123", .misplacedGroupSeparator),
        ("1,234.5,6", .misplacedGroupSeparator),
        ("99999999999999999999", .tooLarge),
        ("9999999999999万", .tooLarge),
    ] as [(String, MoneyParseError.Problem)])
    func everyOtherTextIsRejectedWithWhatWasWrong(text: String, problem: MoneyParseError.Problem) {
        #expect(throws: MoneyParseError(text: text, problem: problem)) { try Money.parse(text) }
    }

    @Test func rejectionMessageQuotesTheTextAndSaysWhy() {
        let error = MoneyParseError(text: "12,34.5", problem: .misplacedGroupSeparator)
        #expect(error.description == "\"12,34.5\" is not an amount: commas must separate groups of three digits, as in 62,120.70")
        #expect(error.message.zh.contains("62,120.70"))
    }

    @Test func decimalStringReadsBackEqual() throws {
        for fen: Int64 in [0, 1, 99, 100, 6_212_070, 123_456_789] {
            #expect(try Money.parse(Money(fen: fen).decimalString) == Money(fen: fen))
            #expect(try Money.parse(Money(fen: fen).formatted) == Money(fen: fen))
        }
    }
}
