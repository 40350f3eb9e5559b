// Names of the model's codes in both languages, for forms, tables and summaries.

extension OutcomeCode {
    /// The outcome code as people call it.
    public var label: LocalizedText {
        switch self {
        case .promiseToPay: LocalizedText(zh: "承诺还款", en: "Promise to pay")
        case .planAgreed: LocalizedText(zh: "达成还款计划", en: "Repayment plan agreed")
        case .paidInFull: LocalizedText(zh: "当场全额还款", en: "Paid in full on site")
        case .partialPayment: LocalizedText(zh: "部分还款", en: "Partial payment")
        case .refusedToPay: LocalizedText(zh: "拒绝还款", en: "Refused to pay")
        case .disputed: LocalizedText(zh: "对债务有异议", en: "Debt disputed")
        case .hardship: LocalizedText(zh: "困难 / 弱势", en: "Hardship / vulnerable")
        case .noContact: LocalizedText(zh: "不在家 / 未联系上", en: "Not home / no contact")
        case .wrongAddress: LocalizedText(zh: "地址错误 / 已搬走", en: "Wrong address / moved")
        case .thirdPartyOnly: LocalizedText(zh: "仅见到第三方", en: "Third party only")
        case .askedToLeave: LocalizedText(zh: "被要求离开", en: "Asked to leave")
        case .rescheduled: LocalizedText(zh: "改约", en: "Rescheduled")
        case .extensionAgreed: LocalizedText(zh: "延期 / 宽限", en: "Extension / grace period agreed")
        }
    }
}

extension EndReason {
    /// Why the visit ended, as people say it.
    public var label: LocalizedText {
        switch self {
        case .completed: LocalizedText(zh: "已完成", en: "Completed")
        case .askedToLeave: LocalizedText(zh: "被要求离开", en: "Asked to leave")
        case .noContact: LocalizedText(zh: "未联系上", en: "No contact")
        case .aborted: LocalizedText(zh: "中止", en: "Aborted")
        }
    }
}

extension PaymentMethod {
    /// The payment method as people call it.
    public var label: LocalizedText {
        switch self {
        case .alipayAutoDebit: LocalizedText(zh: "支付宝还款", en: "Alipay repayment")
        case .bankTransfer: LocalizedText(zh: "银行转账至贷款机构账户", en: "Bank transfer to lender")
        case .cashWithReceipt: LocalizedText(zh: "现金（有收据）", en: "Cash with receipt")
        case .other(let description) where description.isEmpty: LocalizedText(zh: "其他", en: "Other")
        case .other(let description): LocalizedText(zh: "其他：\(description)", en: "Other: \(description)")
        }
    }
}

extension PlanFrequency {
    /// How often instalments fall due, as people say it.
    public var label: LocalizedText {
        switch self {
        case .weekly: LocalizedText(zh: "每周", en: "Weekly")
        case .biweekly: LocalizedText(zh: "每两周", en: "Every two weeks")
        case .monthly: LocalizedText(zh: "每月", en: "Monthly")
        }
    }
}

extension CaseStatus {
    /// Where the case stands, as people say it.
    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "待处理", en: "Open")
        case .promised: LocalizedText(zh: "已承诺", en: "Promised")
        case .planAgreed: LocalizedText(zh: "已达成计划", en: "Plan agreed")
        case .settled: LocalizedText(zh: "已结清", en: "Settled")
        case .closed: LocalizedText(zh: "已关闭", en: "Closed")
        case .kept: LocalizedText(zh: "已履约", en: "Kept")
        case .broken: LocalizedText(zh: "已违约", en: "Broken")
        }
    }
}

extension Role {
    /// The role as people say it.
    public var label: LocalizedText {
        switch self {
        case .agent: LocalizedText(zh: "外访人员", en: "Agent")
        case .debtor: LocalizedText(zh: "债务人", en: "Debtor")
        }
    }
}

extension ItemMark {
    /// The mark as people say it (the skip reason is shown separately).
    public var label: LocalizedText {
        switch self {
        case .pending: LocalizedText(zh: "待办", en: "Pending")
        case .done: LocalizedText(zh: "已完成", en: "Done")
        case .skipped: LocalizedText(zh: "已跳过", en: "Skipped")
        case .notApplicable: LocalizedText(zh: "不适用", en: "Not applicable")
        }
    }
}
