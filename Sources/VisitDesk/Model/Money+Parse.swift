extension Money {
    /// Reads an amount as people write it: `62120.70`, `62,120.70`, `¥62120.7`, `6.2万`, up to
    /// `DomainLimits.maximumAmount`. Anything else is an error that says what was wrong.
    public static func parse(_ text: String) throws(MoneyParseError) -> Money {
        func fail(_ problem: MoneyParseError.Problem) -> MoneyParseError {
            MoneyParseError(text: text, problem: problem)
        }
        var rest = Substring(text.trimmingWhitespace())
        guard !rest.isEmpty else { throw fail(.empty) }
        if rest.first == "-" || rest.first == "−" { throw fail(.negative) }
        if rest.first == "¥" || rest.first == "￥" { rest = rest.dropFirst() }
        if rest.first == "-" || rest.first == "−" { throw fail(.negative) }
        var fenPerUnit: Int64 = 100
        var allowedDecimals = 2
        if rest.last == "万" {
            rest = rest.dropLast()
            fenPerUnit = 1_000_000
            allowedDecimals = 6
        }
        for character in rest where !(character.isASCII && (character.isNumber || character == "," || character == ".")) {
            throw fail(.unexpectedCharacter(character))
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw fail(.moreThanOneDecimalPoint) }
        let wholePart = parts[0]
        let fractionPart = parts.count == 2 ? parts[1] : nil
        guard !wholePart.isEmpty else { throw fail(.noDigits) }
        if let fractionPart {
            guard !fractionPart.isEmpty else { throw fail(.noDigitsAfterDecimalPoint) }
            guard !fractionPart.contains(",") else { throw fail(.misplacedGroupSeparator) }
            guard fractionPart.count <= allowedDecimals else { throw fail(.tooManyDecimals(allowed: allowedDecimals)) }
        }
        let groups = wholePart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard wellGrouped else { throw fail(.misplacedGroupSeparator) }
        }
        var whole: Int64? = 0
        for digit in groups.joined() {
            whole = whole.flatMap { checked($0, times: 10, plus: Int64(digit.wholeNumberValue ?? 0)) }
        }
        var fen = whole.flatMap { checked($0, times: fenPerUnit, plus: 0) }
        var scale = fenPerUnit
        for digit in fractionPart ?? "" {
            scale /= 10
            fen = fen.flatMap { checked(Int64(digit.wholeNumberValue ?? 0), times: scale, plus: $0) }
        }
        guard let fen, fen <= DomainLimits.maximumAmount.fen else { throw fail(.tooLarge) }
        return Money(fen: fen)
    }

    private static func checked(_ value: Int64, times factor: Int64, plus addend: Int64) -> Int64? {
        let (product, overflowed) = value.multipliedReportingOverflow(by: factor)
        let (sum, overflowedAgain) = product.addingReportingOverflow(addend)
        return overflowed || overflowedAgain ? nil : sum
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespaceQuickly } ?? endIndex
        let end = lastIndex { !$0.isWhitespaceQuickly }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
