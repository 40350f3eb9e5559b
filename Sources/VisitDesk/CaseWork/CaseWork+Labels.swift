/// The case records' words: how people say a channel, a result, a next action or an
/// obligation's state, and the names `visitdesk contact` takes for them.
extension ContactChannel {
    public var label: LocalizedText {
        switch self {
        case .phone: LocalizedText(zh: "电话", en: "phone")
        case .sms: LocalizedText(zh: "短信", en: "SMS")
        case .letter: LocalizedText(zh: "信函", en: "letter")
        case .appMessage: LocalizedText(zh: "官方App消息", en: "app message")
        case .visit: LocalizedText(zh: "上门", en: "visit")
        }
    }

    /// The name on the command line: `phone`, `sms`, `letter`, `app`, `visit`.
    public var commandName: String {
        switch self {
        case .appMessage: "app"
        default: rawValue
        }
    }
}

extension ContactResult {
    public var label: LocalizedText {
        switch self {
        case .reached: LocalizedText(zh: "已接通", en: "reached")
        case .noAnswer: LocalizedText(zh: "无人应答", en: "no answer")
        case .wrongNumber: LocalizedText(zh: "号码错误", en: "wrong number")
        case .refused: LocalizedText(zh: "拒绝沟通", en: "refused")
        case .appointmentMade: LocalizedText(zh: "已约上门", en: "appointment made")
        }
    }

    /// The name on the command line: `reached`, `no-answer`, `wrong-number`, `refused`, `appointment-made`.
    public var commandName: String {
        switch self {
        case .reached: "reached"
        case .noAnswer: "no-answer"
        case .wrongNumber: "wrong-number"
        case .refused: "refused"
        case .appointmentMade: "appointment-made"
        }
    }
}

extension NextActionKind {
    public var label: LocalizedText {
        switch self {
        case .call: LocalizedText(zh: "打电话", en: "call")
        case .visit: LocalizedText(zh: "上门", en: "visit")
        case .checkPayment: LocalizedText(zh: "核对还款", en: "check payment")
        }
    }

    /// The name on the command line: `call`, `visit`, `check-payment`.
    public var commandName: String {
        switch self {
        case .checkPayment: "check-payment"
        default: rawValue
        }
    }
}

extension ObligationState {
    public var label: LocalizedText {
        switch self {
        case .pending: LocalizedText(zh: "待履约", en: "pending")
        case .kept: LocalizedText(zh: "已履约", en: "kept")
        case .partlyKept: LocalizedText(zh: "部分履约", en: "partly kept")
        case .broken: LocalizedText(zh: "已违约", en: "broken")
        }
    }
}
