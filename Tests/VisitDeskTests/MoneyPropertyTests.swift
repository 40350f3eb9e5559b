import PropertyBased
import Testing
@testable import VisitDesk

@Suite struct MoneyPropertyTests {
    static let limit = DomainLimits.maximumAmount.fen

    @Test func everyAmountWithinTheLimitReadsBackFromItsDecimalAndItsFormattedForm() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 0...MoneyPropertyTests.limit)) { fen in
            let money = Money(fen: fen)
            #expect((try? Money.parse(money.decimalString)) == money)
            #expect((try? Money.parse(money.formatted)) == money)
        }
    }

    @Test func anAmountAboveTheLimitIsRefusedNamingTheLimit() async {
        await propertyCheck(count: 300, input: Gen.int64(in: (MoneyPropertyTests.limit + 1)...Int64.max)) { fen in
            #expect {
                try Money.parse(Money(fen: fen).decimalString)
            } throws: { error in
                let error = error as? MoneyParseError
                return error?.problem == .tooLarge && error?.description.contains("¥1,000,000,000.00") == true
            }
        }
    }

    @Test func anyRunOfDigitsAboveTheLimitIsRefusedInsteadOfOverflowing() async {
        await propertyCheck(input: Gen.number.string(of: 11...60), Gen<String?>.element(of: ["", ".5", "万", ".25万"])) { digits, suffix in
            let text = "9" + digits + (suffix ?? "")
            #expect(throws: MoneyParseError(text: text, problem: .tooLarge)) { try Money.parse(text) }
        }
    }

    @Test func anyTextEitherReadsAsAnAmountWithinTheLimitOrIsRefused() async {
        let characters = Array("0123456789,.¥￥万-− 元e+x\t\n\u{0}\u{1B}\u{202E}") + ["9", "0", "."]
        await propertyCheck(count: 1_000, input: Gen<Character?>.element(of: characters).map { $0 ?? "0" }.array(of: 0...40)) { text in
            if let money = try? Money.parse(String(text)) {
                #expect(DomainLimits.contains(money))
            }
        }
    }

    @Test func everyAmountFormatsWithoutTrapping() async {
        await propertyCheck(count: 500, input: AbsurdValues.money) { money in
            #expect(money.decimalString.hasSuffix(String(format: "%02d", Int(money.fen.magnitude % 100))))
            #expect(money.formatted.contains("¥"))
            #expect(money.compact.hasPrefix("¥"))
        }
    }

    @Test func sumsAndDifferencesAreNilExactlyWhenTheyDoNotFit() async {
        await propertyCheck(count: 500, input: AbsurdValues.money, AbsurdValues.money) { a, b in
            let sum = Int128(a.fen) + Int128(b.fen)
            let difference = Int128(a.fen) - Int128(b.fen)
            #expect(a.adding(b)?.fen == Int64(exactly: sum))
            #expect(a.subtracting(b)?.fen == Int64(exactly: difference))
            #expect(a.multiplied(by: 52)?.fen == Int64(exactly: Int128(a.fen) * 52))
        }
    }
}
