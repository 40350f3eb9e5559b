/// Why a text is not an amount of money.
public struct MoneyParseError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What exactly was wrong with the text.
    public enum Problem: Equatable, Sendable {
        case empty
        case negative
        case unexpectedCharacter(Character)
        case noDigits
        case moreThanOneDecimalPoint
        case noDigitsAfterDecimalPoint
        case tooManyDecimals(allowed: Int)
        case misplacedGroupSeparator
        case tooLarge
    }

    /// The text as the user typed it.
    public var text: String
    public var problem: Problem

    public init(text: String, problem: Problem) {
        self.text = text
        self.problem = problem
    }

    /// The problem in both languages, for a form that shows it beside the field.
    public var message: LocalizedText {
        switch problem {
        case .empty:
            LocalizedText(zh: "请输入金额", en: "no amount given")
        case .negative:
            LocalizedText(zh: "金额不能为负数", en: "an amount cannot be negative")
        case .unexpectedCharacter(let c):
            LocalizedText(zh: "不能包含“\(c)”；请写成 62120.70、62,120.70、¥62120.7 或 6.2万",
                          en: "unexpected \"\(c)\"; write 62120.70, 62,120.70, ¥62120.7 or 6.2万")
        case .noDigits:
            LocalizedText(zh: "缺少数字", en: "there are no digits before the decimal point")
        case .moreThanOneDecimalPoint:
            LocalizedText(zh: "只能有一个小数点", en: "more than one decimal point")
        case .noDigitsAfterDecimalPoint:
            LocalizedText(zh: "小数点后缺少数字", en: "no digits after the decimal point")
        case .tooManyDecimals(let allowed):
            LocalizedText(zh: "最多 \(allowed) 位小数", en: "at most \(allowed) decimal places (smallest unit is one fen)")
        case .misplacedGroupSeparator:
            LocalizedText(zh: "千位分隔符位置不对（应为 62,120.70）", en: "commas must separate groups of three digits, as in 62,120.70")
        case .tooLarge:
            LocalizedText(zh: "金额不能超过 \(DomainLimits.maximumAmount.formatted)",
                          en: "the amount is more than the limit of \(DomainLimits.maximumAmount.formatted)")
        }
    }

    /// The English reason alone, without the text.
    public var reason: String { message.en }

    public var description: String { "\"\(text)\" is not an amount: \(reason)" }
}
