extension ObligationState {
    /// The state as people say it.
    public var label: LocalizedText {
        switch self {
        case .pending: LocalizedText(zh: "待还", en: "pending")
        case .kept: LocalizedText(zh: "已履约", en: "kept")
        case .partlyKept: LocalizedText(zh: "部分履约", en: "partly kept")
        case .broken: LocalizedText(zh: "违约", en: "broken")
        }
    }
}

extension NextActionKind {
    /// The kind as people say it.
    public var label: LocalizedText {
        switch self {
        case .call: LocalizedText(zh: "电话", en: "call")
        case .visit: LocalizedText(zh: "上门", en: "visit")
        case .checkPayment: LocalizedText(zh: "核对还款", en: "check payment")
        }
    }
}

extension ContactChannel {
    /// The channel as people say it.
    public var label: LocalizedText {
        switch self {
        case .phone: LocalizedText(zh: "电话", en: "phone")
        case .sms: LocalizedText(zh: "短信", en: "SMS")
        case .letter: LocalizedText(zh: "信函", en: "letter")
        case .appMessage: LocalizedText(zh: "官方应用消息", en: "app message")
        case .visit: LocalizedText(zh: "上门", en: "visit")
        }
    }
}

extension ContactResult {
    /// The result as people say it.
    public var label: LocalizedText {
        switch self {
        case .reached: LocalizedText(zh: "已联系上", en: "reached")
        case .noAnswer: LocalizedText(zh: "无人接听", en: "no answer")
        case .wrongNumber: LocalizedText(zh: "号码错误", en: "wrong number")
        case .refused: LocalizedText(zh: "拒绝沟通", en: "refused")
        case .appointmentMade: LocalizedText(zh: "已约定上门", en: "appointment made")
        }
    }
}
