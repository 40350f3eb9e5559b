extension Outcome {
    /// Checks what a person entered before it is recorded: a promise needs a date not in the
    /// past and a positive amount; a plan must start today or later and sum to its total;
    /// every figure must lie within `DomainLimits` (see `validateFigures()`); and an "other"
    /// payment method needs words saying which.
    public func validate(today: CalendarDay) throws(OutcomeError) {
        switch self {
        case .promiseToPay(let date, _, _):
            try Outcome.requireNotPast(date, field: .date, today: today)
        case .rescheduled(let date, _):
            try Outcome.requireNotPast(date, field: .date, today: today)
        case .extensionAgreed(let date, _):
            try Outcome.requireNotPast(date, field: .newDueDate, today: today)
        case .planAgreed(let plan):
            try Outcome.requireNotPast(plan.firstDue, field: .firstDue, today: today)
        case .disputed(let reason):
            try Outcome.requireText(reason, field: .reason)
        case .thirdPartyOnly(let who):
            try Outcome.requireText(who, field: .who)
        case .paidInFull, .partialPayment, .refusedToPay, .hardship, .noContact, .wrongAddress, .askedToLeave:
            break
        }
        try validateFigures()
        if let method { try Outcome.requireDescribed(method) }
    }

    /// How the money is to be paid, for the outcomes that say.
    public var method: PaymentMethod? {
        switch self {
        case .promiseToPay(_, _, let method), .paidInFull(_, let method), .partialPayment(_, let method): method
        case .planAgreed(let plan): plan.method
        default: nil
        }
    }

    /// Checks a promise or plan against what the case owes: neither may ask for more than
    /// `outstanding`. The other outcomes pass.
    public func validate(outstanding: Money) throws(OutcomeError) {
        switch self {
        case .promiseToPay(_, let amount, _):
            try Outcome.requireWithinOutstanding(amount, outstanding: outstanding, field: .amount)
        case .planAgreed(let plan):
            try Outcome.requireWithinOutstanding(plan.total, outstanding: outstanding, field: .total)
        default:
            break
        }
    }

    /// Checks the numbers alone: every amount positive and at most `DomainLimits.maximumAmount`,
    /// every date within the date range, a plan consistent. Unlike `validate(today:)` it holds
    /// for a recorded outcome whose dates have passed since, so the rules use it on the record.
    public func validateFigures() throws(OutcomeError) {
        switch self {
        case .promiseToPay(let date, let amount, _):
            try Outcome.requireWithinDateRange(date, field: .date)
            try Outcome.requirePositive(amount, field: .amount)
            try Outcome.requireWithinLimit(amount, field: .amount)
        case .planAgreed(let plan):
            try plan.validate()
        case .paidInFull(let amount, _), .partialPayment(let amount, _):
            try Outcome.requirePositive(amount, field: .amount)
            try Outcome.requireWithinLimit(amount, field: .amount)
        case .rescheduled(let date, _):
            try Outcome.requireWithinDateRange(date, field: .date)
        case .extensionAgreed(let date, _):
            try Outcome.requireWithinDateRange(date, field: .newDueDate)
        case .refusedToPay, .disputed, .hardship, .noContact, .wrongAddress, .thirdPartyOnly, .askedToLeave:
            break
        }
    }

    /// A day entered now may not lie before `today`.
    public static func requireNotPast(_ day: CalendarDay, field: OutcomeField, today: CalendarDay) throws(OutcomeError) {
        guard day >= today else {
            throw .field(field, message: LocalizedText(zh: "日期不能早于今天（\(today)）", en: "the date cannot be before today (\(today))"))
        }
    }

    /// A day must lie within `DomainLimits`' date range.
    public static func requireWithinDateRange(_ day: CalendarDay, field: OutcomeField) throws(OutcomeError) {
        guard DomainLimits.contains(day) else {
            let range = "\(DomainLimits.earliestDay)…\(DomainLimits.latestDay)"
            throw .field(field, message: LocalizedText(zh: "日期 \(day) 不在 \(range) 之内", en: "the date \(day) is outside \(range)"))
        }
    }

    /// An amount must be more than zero.
    public static func requirePositive(_ amount: Money, field: OutcomeField) throws(OutcomeError) {
        guard amount > .zero else {
            throw .field(field, message: LocalizedText(zh: "金额必须大于零", en: "the amount must be more than zero"))
        }
    }

    /// An amount may not exceed `DomainLimits.maximumAmount`.
    public static func requireWithinLimit(_ amount: Money, field: OutcomeField) throws(OutcomeError) {
        guard amount <= DomainLimits.maximumAmount else {
            let limit = DomainLimits.maximumAmount.formatted
            throw .field(field, message: LocalizedText(
                zh: "金额 \(amount.formatted) 超过了上限 \(limit)", en: "the amount \(amount.formatted) is more than the limit of \(limit)"))
        }
    }

    /// Another method is recorded only with words saying which.
    public static func requireDescribed(_ method: PaymentMethod) throws(OutcomeError) {
        guard let description = method.otherDescription else { return }
        try requireText(description, field: .methodDescription)
    }

    /// A promise or plan cannot ask for more than the case owes; the error names the amount owed.
    public static func requireWithinOutstanding(_ amount: Money, outstanding: Money, field: OutcomeField) throws(OutcomeError) {
        guard amount <= outstanding else {
            throw .field(field, message: LocalizedText(
                zh: "超过了欠款 \(outstanding.formatted)", en: "more than the \(outstanding.formatted) outstanding"))
        }
    }

    /// A text that must say something, not only spaces.
    public static func requireText(_ text: String, field: OutcomeField) throws(OutcomeError) {
        guard !text.trimmingWhitespace().isEmpty else {
            throw .field(field, message: LocalizedText(zh: "不能为空", en: "this cannot be left empty"))
        }
    }
}
