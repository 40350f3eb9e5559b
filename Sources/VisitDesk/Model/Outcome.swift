/// What a visit came to. Each code carries the fields the outcome form asks for.
public enum Outcome: Codable, Hashable, Sendable {
    case promiseToPay(date: CalendarDay, amount: Money, method: PaymentMethod)
    case planAgreed(RepaymentPlan)
    case paidInFull(amount: Money, method: PaymentMethod)
    case partialPayment(amount: Money, method: PaymentMethod)
    case refusedToPay(reason: String)
    case disputed(reason: String)
    case hardship(note: String)
    case noContact
    case wrongAddress(note: String)
    case thirdPartyOnly(who: String)
    case askedToLeave
    case rescheduled(date: CalendarDay, note: String)
    /// The lender's extension or grace period: payment is due on `newDueDate` instead.
    case extensionAgreed(newDueDate: CalendarDay, note: String)

    /// A stable identifier of the outcome code, used in storage, export and the form.
    public var code: OutcomeCode {
        switch self {
        case .promiseToPay: .promiseToPay
        case .planAgreed: .planAgreed
        case .paidInFull: .paidInFull
        case .partialPayment: .partialPayment
        case .refusedToPay: .refusedToPay
        case .disputed: .disputed
        case .hardship: .hardship
        case .noContact: .noContact
        case .wrongAddress: .wrongAddress
        case .thirdPartyOnly: .thirdPartyOnly
        case .askedToLeave: .askedToLeave
        case .rescheduled: .rescheduled
        case .extensionAgreed: .extensionAgreed
        }
    }
}

/// The outcome codes without their fields, in the order the outcome form lists them.
public enum OutcomeCode: String, Codable, Sendable, CaseIterable {
    case promiseToPay, planAgreed, paidInFull, partialPayment, refusedToPay, disputed,
         hardship, noContact, wrongAddress, thirdPartyOnly, askedToLeave, rescheduled, extensionAgreed
}
