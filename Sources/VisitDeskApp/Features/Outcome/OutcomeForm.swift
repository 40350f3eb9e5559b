import TUI
import VisitDesk

/// The outcome form: the fields of each outcome code, and turning them into an `Outcome`
/// with an error beside every field that is wrong. The rules of what is valid live in the
/// domain (`Money.parse`, `CalendarDay.parse`, `RepaymentPlan.make`, `Outcome.validate`).
enum OutcomeForm {
    static func fields(for code: OutcomeCode) -> [OutcomeField] {
        switch code {
        case .promiseToPay: [.date, .amount, .method]
        case .planAgreed: [.total, .downPayment, .instalmentCount, .instalmentAmount, .frequency, .firstDue, .method, .statedMonthlyIncome]
        case .paidInFull, .partialPayment: [.amount, .method]
        case .refusedToPay, .disputed: [.reason]
        case .hardship, .wrongAddress: [.note]
        case .thirdPartyOnly: [.who]
        case .rescheduled: [.date, .note]
        case .noContact, .askedToLeave: []
        }
    }

    static func make(_ code: OutcomeCode, loanCase: LoanCase, language: Language) -> Form {
        Form(fields: fields(for: code).map { field in
            FormField(label: field.label[language], kind: field.initialKind(code: code, loanCase: loanCase, language: language))
        }, enterBehaviour: .submitFromLastField)
    }

    /// The outcome the form describes, or the form with its errors.
    static func parse(_ code: OutcomeCode, _ form: Form, today: CalendarDay, language: Language) -> Result<Outcome, FormWithErrors> {
        var reader = FieldReader(form: form, layout: fields(for: code), today: today, language: language)
        for index in reader.form.fields.indices { reader.form.fields[index].error = nil }
        do throws(OutcomeError) {
            let outcome = try reader.outcome(code)
            guard !reader.failed else { return .failure(FormWithErrors(reader.form)) }
            try outcome.validate(today: today)
            return .success(outcome)
        } catch {
            reader.fail(error.field, error.message)
            return .failure(FormWithErrors(reader.form))
        }
    }
}

/// Reads typed values out of a form, writing an error beside each field that is wrong.
private struct FieldReader {
    var form: Form
    let layout: [OutcomeField]
    let today: CalendarDay
    let language: Language
    var failed = false

    mutating func fail(_ field: OutcomeField, _ message: LocalizedText) {
        guard let index = layout.firstIndex(of: field) else { return }
        form.fields[index].error = message[language]
        failed = true
    }

    func text(_ field: OutcomeField) -> String {
        layout.firstIndex(of: field).map { form.text(at: $0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    func choice(_ field: OutcomeField) -> Int {
        layout.firstIndex(of: field).map { form.choice(at: $0) } ?? 0
    }

    /// Parses every field; values that do not parse leave an error and a placeholder, so
    /// all bad fields are reported at once.
    mutating func outcome(_ code: OutcomeCode) throws(OutcomeError) -> Outcome {
        let method = PaymentMethod.allCases[choice(.method)]
        switch code {
        case .promiseToPay: return .promiseToPay(date: date(.date), amount: money(.amount) ?? .zero, method: method)
        case .planAgreed:
            let total = money(.total) ?? .zero
            let downPayment = money(.downPayment, optional: true) ?? .zero
            let count = whole(.instalmentCount)
            let amount = money(.instalmentAmount, optional: true)
            let firstDue = date(.firstDue)
            let income = money(.statedMonthlyIncome, optional: true)
            guard !failed else { return .planAgreed(RepaymentPlan.placeholder) }
            return .planAgreed(try RepaymentPlan.make(
                total: total, downPayment: downPayment, instalmentCount: count, instalmentAmount: amount,
                frequency: PlanFrequency.allCases[choice(.frequency)], firstDue: firstDue, method: method,
                statedMonthlyIncome: income))
        case .paidInFull: return .paidInFull(amount: money(.amount) ?? .zero, method: method)
        case .partialPayment: return .partialPayment(amount: money(.amount) ?? .zero, method: method)
        case .refusedToPay: return .refusedToPay(reason: text(.reason))
        case .disputed: return .disputed(reason: text(.reason))
        case .hardship: return .hardship(note: text(.note))
        case .wrongAddress: return .wrongAddress(note: text(.note))
        case .thirdPartyOnly: return .thirdPartyOnly(who: text(.who))
        case .rescheduled: return .rescheduled(date: date(.date), note: text(.note))
        case .noContact: return .noContact
        case .askedToLeave: return .askedToLeave
        }
    }

    mutating func money(_ field: OutcomeField, optional: Bool = false) -> Money? {
        let value = text(field)
        if value.isEmpty, optional { return nil }
        do {
            return try Money.parse(value)
        } catch {
            fail(field, error.message)
            return nil
        }
    }

    mutating func date(_ field: OutcomeField) -> CalendarDay {
        do {
            return try CalendarDay.parse(text(field), today: today)
        } catch {
            fail(field, error.message)
            return today
        }
    }

    mutating func whole(_ field: OutcomeField) -> Int? {
        let value = text(field)
        if value.isEmpty { return nil }
        guard let number = Int(value) else {
            let tooLarge = value.allSatisfy { $0.isASCII && $0.isNumber }
            fail(field, tooLarge
                ? LocalizedText(zh: "最多 \(DomainLimits.maximumInstalments)", en: "at most \(DomainLimits.maximumInstalments)")
                : LocalizedText(zh: "应为整数", en: "must be a whole number"))
            return nil
        }
        return number
    }
}

private extension RepaymentPlan {
    /// Stands in for a plan whose fields did not parse; never saved.
    static let placeholder = RepaymentPlan(
        total: .zero, downPayment: .zero, instalmentCount: 0, frequency: .monthly,
        firstDue: CalendarDay(year: 2000, month: 1, day: 1), method: .other, statedMonthlyIncome: nil, schedule: [])
}

extension OutcomeField {
    var label: LocalizedText {
        switch self {
        case .date: LocalizedText(zh: "日期", en: "Date")
        case .amount: LocalizedText(zh: "金额", en: "Amount")
        case .method: LocalizedText(zh: "还款方式", en: "Method")
        case .total: LocalizedText(zh: "计划总额", en: "Plan total")
        case .downPayment: LocalizedText(zh: "首付", en: "Down payment")
        case .instalmentCount: LocalizedText(zh: "期数", en: "Instalments")
        case .instalmentAmount: LocalizedText(zh: "每期金额", en: "Instalment amount")
        case .frequency: LocalizedText(zh: "频率", en: "Frequency")
        case .firstDue: LocalizedText(zh: "首期日期", en: "First due date")
        case .statedMonthlyIncome: LocalizedText(zh: "自述月收入", en: "Stated monthly income")
        case .reason: LocalizedText(zh: "原因", en: "Reason")
        case .note: LocalizedText(zh: "说明", en: "Note")
        case .who: LocalizedText(zh: "见到的人", en: "Who was there")
        }
    }

    func initialKind(code: OutcomeCode, loanCase: LoanCase, language: Language) -> FormField.Kind {
        switch self {
        case .method: .choice(options: PaymentMethod.allCases.map { $0.label[language] }, selected: 0)
        case .frequency: .choice(options: PlanFrequency.allCases.map { $0.label[language] }, selected: 2)
        case .total: .text(LineEditor(loanCase.outstanding.decimalString))
        case .amount where code == .paidInFull: .text(LineEditor(loanCase.outstanding.decimalString))
        case .date where code == .promiseToPay: .text(LineEditor("+7d"))
        default: .text(LineEditor())
        }
    }
}
