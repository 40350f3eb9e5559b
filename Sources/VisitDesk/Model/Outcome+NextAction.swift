extension Outcome {
    /// The day something is next due after this outcome, shown and sorted on in the case list:
    /// a promise's date, a rescheduled visit's date, an extension's new due date, a plan's first due date (its down payment
    /// or first instalment: the next due as of the day it was agreed). Nil for the outcomes
    /// that set no date (paid, refused, disputed, no contact…).
    public var nextAction: CalendarDay? {
        switch self {
        case .promiseToPay(let date, _, _): date
        case .rescheduled(let date, _): date
        case .extensionAgreed(let newDueDate, _): newDueDate
        case .planAgreed(let plan): plan.schedule.map(\.due).min() ?? plan.firstDue
        default: nil
        }
    }

    /// What is to be done on `nextAction`'s day: visit again after a rescheduled visit, else
    /// check that the money came.
    public var nextActionKind: NextActionKind {
        if case .rescheduled = self { return .visit }
        return .checkPayment
    }
}
