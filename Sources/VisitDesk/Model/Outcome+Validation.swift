extension Outcome {
    /// Checks what a person entered before it is recorded: a promise needs a date not in the
    /// past and a positive amount; a plan must start today or later and sum to its total.
    public func validate(today: CalendarDay) throws(OutcomeError) {
        switch self {
        case .promiseToPay(let date, let amount, _):
            try Outcome.requireNotPast(date, field: .date, today: today)
            try Outcome.requirePositive(amount, field: .amount)
        case .planAgreed(let plan):
            try plan.validate()
            try Outcome.requireNotPast(plan.firstDue, field: .firstDue, today: today)
        case .paidInFull(let amount, _), .partialPayment(let amount, _):
            try Outcome.requirePositive(amount, field: .amount)
        case .disputed(let reason):
            try Outcome.requireText(reason, field: .reason)
        case .thirdPartyOnly(let who):
            try Outcome.requireText(who, field: .who)
        case .rescheduled(let date, _):
            try Outcome.requireNotPast(date, field: .date, today: today)
        case .refusedToPay, .hardship, .noContact, .wrongAddress, .askedToLeave:
            break
        }
    }

    static func requireNotPast(_ day: CalendarDay, field: OutcomeField, today: CalendarDay) throws(OutcomeError) {
        guard day >= today else {
            throw .field(field, message: LocalizedText(zh: "日期不能早于今天（\(today)）", en: "the date cannot be before today (\(today))"))
        }
    }

    static func requirePositive(_ amount: Money, field: OutcomeField) throws(OutcomeError) {
        guard amount > .zero else {
            throw .field(field, message: LocalizedText(zh: "金额必须大于零", en: "the amount must be more than zero"))
        }
    }

    static func requireText(_ text: String, field: OutcomeField) throws(OutcomeError) {
        guard !text.trimmingWhitespace().isEmpty else {
            throw .field(field, message: LocalizedText(zh: "不能为空", en: "this cannot be left empty"))
        }
    }
}
