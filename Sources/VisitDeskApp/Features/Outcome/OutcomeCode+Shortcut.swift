import VisitDesk

extension OutcomeCode {
    /// The letter that picks this code in the outcome list.
    var shortcut: Character {
        switch self {
        case .promiseToPay: "p"
        case .planAgreed: "l"
        case .paidInFull: "f"
        case .partialPayment: "a"
        case .refusedToPay: "r"
        case .disputed: "d"
        case .hardship: "h"
        case .noContact: "n"
        case .wrongAddress: "w"
        case .thirdPartyOnly: "t"
        case .askedToLeave: "x"
        case .rescheduled: "s"
        }
    }
}
