extension OutcomeCode {
    /// The outcome in the words of the one who records it: the agent's label, or the debtor's
    /// own ("I promised to pay") in their visit.
    public func label(for role: Role) -> LocalizedText {
        role == .debtor ? debtorWords : label
    }

    /// The outcome as the debtor says it; a switch, so a new outcome cannot be left without.
    private var debtorWords: LocalizedText {
        switch self {
        case .promiseToPay: LocalizedText(zh: "我承诺还款", en: "I promised to pay")
        case .planAgreed: LocalizedText(zh: "我们商定了还款计划", en: "We agreed a repayment plan")
        case .paidInFull: LocalizedText(zh: "我当场全部还清", en: "I paid in full")
        case .partialPayment: LocalizedText(zh: "我还了一部分", en: "I paid part of it")
        case .refusedToPay: LocalizedText(zh: "我表示不还", en: "I said I will not pay")
        case .disputed: LocalizedText(zh: "我对这笔债有异议", en: "I dispute the debt")
        case .hardship: LocalizedText(zh: "我说明了自己的困难", en: "I explained my hardship")
        case .noContact: LocalizedText(zh: "他们没有见到我", en: "They did not meet me")
        case .wrongAddress: LocalizedText(zh: "地址不对 / 我已搬走", en: "Wrong address / I have moved")
        case .thirdPartyOnly: LocalizedText(zh: "他们只见到了别人", en: "They met someone else, not me")
        case .askedToLeave: LocalizedText(zh: "我请他们离开了", en: "I asked them to leave")
        case .rescheduled: LocalizedText(zh: "我们改约了时间", en: "We set another time")
        case .extensionAgreed: LocalizedText(zh: "我们商定了延期 / 宽限", en: "We agreed an extension / grace period")
        }
    }
}
