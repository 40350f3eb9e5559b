/// An outcome as it is exported: its code and the fields of that code, amounts as decimal
/// strings and days as `YYYY-MM-DD`; a plan carries its whole schedule.
struct ExportedOutcome: Encodable {
    struct ExportedInstalment: Encodable {
        var number: Int
        var due: String
        var amount: String
    }

    var code: String
    var date: String?
    var amount: String?
    var method: String?
    var methodDescription: String?
    var newDueDate: String?
    var reason: String?
    var note: String?
    var who: String?
    var total: String?
    var downPayment: String?
    var instalmentCount: Int?
    var frequency: String?
    var firstDue: String?
    var statedMonthlyIncome: String?
    var schedule: [ExportedInstalment]?

    init(_ outcome: Outcome) {
        code = outcome.code.rawValue
        switch outcome {
        case .promiseToPay(let date, let amount, let method):
            (self.date, self.amount, self.method) = (date.description, amount.decimalString, method.code)
            methodDescription = method.otherDescription
        case .planAgreed(let plan):
            total = plan.total.decimalString
            downPayment = plan.downPayment.decimalString
            instalmentCount = plan.instalmentCount
            frequency = plan.frequency.rawValue
            firstDue = plan.firstDue.description
            method = plan.method.code
            methodDescription = plan.method.otherDescription
            statedMonthlyIncome = plan.statedMonthlyIncome?.decimalString
            schedule = plan.schedule.map {
                ExportedInstalment(number: $0.number, due: $0.due.description, amount: $0.amount.decimalString)
            }
        case .paidInFull(let amount, let method), .partialPayment(let amount, let method):
            (self.amount, self.method) = (amount.decimalString, method.code)
            methodDescription = method.otherDescription
        case .refusedToPay(let reason), .disputed(let reason):
            self.reason = reason
        case .hardship(let note), .wrongAddress(let note):
            self.note = note
        case .thirdPartyOnly(let who):
            self.who = who
        case .rescheduled(let date, let note):
            (self.date, self.note) = (date.description, note)
        case .extensionAgreed(let newDueDate, let note):
            (self.newDueDate, self.note) = (newDueDate.description, note)
        case .noContact, .askedToLeave:
            break
        }
    }
}
