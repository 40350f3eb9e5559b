/// The names `visitdesk contact` takes for a channel, a result and a next action (how
/// people say them: `Worklist/CaseWorkLabels.swift`).
extension ContactChannel {
    /// The name on the command line: `phone`, `sms`, `letter`, `app`, `visit`.
    public var commandName: String {
        switch self {
        case .appMessage: "app"
        default: rawValue
        }
    }
}

extension ContactResult {
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
    /// The name on the command line: `call`, `visit`, `check-payment`.
    public var commandName: String {
        switch self {
        case .checkPayment: "check-payment"
        default: rawValue
        }
    }
}
