import TUI
import VisitDesk

/// The outcome form: the fields of each outcome code, and turning them into an `Outcome`
/// with an error beside every field that is wrong.
enum OutcomeForm {
    /// One field of an outcome code's form.
    enum Field: CaseIterable {
        case date, amount, method, total, downPayment, instalmentCount, instalmentAmount,
             frequency, firstDue, income, reason, note, who
    }

    static func fields(for code: OutcomeCode) -> [Field] {
        switch code {
        case .promiseToPay: [.date, .amount, .method]
        case .planAgreed: [.total, .downPayment, .instalmentCount, .instalmentAmount, .frequency, .firstDue, .method, .income]
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
        })
    }

    /// The outcome the form describes, or the form with its errors.
    static func parse(_ code: OutcomeCode, _ form: Form, loanCase: LoanCase, today: CalendarDay,
                      language: Language) -> Result<Outcome, FormWithErrors> {
        var form = form
        let layout = fields(for: code)
        for index in form.fields.indices { form.fields[index].error = nil }
        var reader = FieldReader(form: form, layout: layout, today: today, language: language)
        let outcome: Outcome?
        switch code {
        case .promiseToPay:
            let date = reader.date(.date, notBefore: today)
            let amount = reader.money(.amount, positive: true)
            let method = reader.method()
            outcome = zip3(date, amount, method).map { .promiseToPay(date: $0, amount: $1, method: $2) }
        case .planAgreed:
            outcome = reader.plan().map(Outcome.planAgreed)
        case .paidInFull, .partialPayment:
            let amount = reader.money(.amount, positive: true)
            let method = reader.method()
            outcome = amount.flatMap { amount in
                method.map { code == .paidInFull ? .paidInFull(amount: amount, method: $0) : .partialPayment(amount: amount, method: $0) }
            }
        case .refusedToPay: outcome = .refusedToPay(reason: reader.text(.reason))
        case .disputed: outcome = reader.required(.reason).map { .disputed(reason: $0) }
        case .hardship: outcome = .hardship(note: reader.text(.note))
        case .wrongAddress: outcome = .wrongAddress(note: reader.text(.note))
        case .thirdPartyOnly: outcome = reader.required(.who).map { .thirdPartyOnly(who: $0) }
        case .rescheduled:
            outcome = reader.date(.date, notBefore: today).map { .rescheduled(date: $0, note: reader.text(.note)) }
        case .noContact: outcome = .noContact
        case .askedToLeave: outcome = .askedToLeave
        }
        guard let outcome, !reader.failed else { return .failure(FormWithErrors(reader.form)) }
        return .success(outcome)
    }
}

private func zip3<A, B, C>(_ a: A?, _ b: B?, _ c: C?) -> (A, B, C)? {
    guard let a, let b, let c else { return nil }
    return (a, b, c)
}

/// Reads typed values out of a form, writing an error beside each field that is wrong.
private struct FieldReader {
    var form: Form
    let layout: [OutcomeForm.Field]
    let today: CalendarDay
    let language: Language
    var failed = false

    private func index(_ field: OutcomeForm.Field) -> Int { layout.firstIndex(of: field)! }

    mutating func fail(_ field: OutcomeForm.Field, _ zh: String, _ en: String) {
        form.fields[index(field)].error = language == .zh ? zh : en
        failed = true
    }

    func text(_ field: OutcomeForm.Field) -> String {
        form.text(at: index(field)).trimmingCharacters(in: .whitespaces)
    }

    mutating func required(_ field: OutcomeForm.Field) -> String? {
        let value = text(field)
        if value.isEmpty { fail(field, "必填", "required") }
        return value.isEmpty ? nil : value
    }

    mutating func money(_ field: OutcomeForm.Field, positive: Bool, optional: Bool = false) -> Money? {
        let value = text(field)
        if value.isEmpty, optional { return nil }
        do {
            let money = try Money.parse(value)
            if positive, money.fen <= 0 { fail(field, "金额必须大于 0", "must be more than 0"); return nil }
            if money.fen < 0 { fail(field, "金额不能为负", "cannot be negative"); return nil }
            return money
        } catch {
            fail(field, "金额格式：62120.70、¥62,120.70 或 6.2万", "\(error.description)")
            return nil
        }
    }

    mutating func date(_ field: OutcomeForm.Field, notBefore earliest: CalendarDay) -> CalendarDay? {
        guard let day = CalendarDay.parse(text(field), today: today) else {
            fail(field, "日期格式：YYYY-MM-DD 或 +N天（+7d）", "date as YYYY-MM-DD or +Nd")
            return nil
        }
        if day < earliest { fail(field, "日期不能早于今天", "cannot be in the past"); return nil }
        return day
    }

    mutating func count(_ field: OutcomeForm.Field) -> Int? {
        let value = text(field)
        if value.isEmpty { return nil }
        guard let number = Int(value), number > 0 else {
            fail(field, "应为正整数", "must be a whole number above 0")
            return nil
        }
        return number
    }

    func method() -> PaymentMethod? {
        PaymentMethod.allCases[form.choice(at: index(.method))]
    }

    mutating func plan() -> RepaymentPlan? {
        let total = money(.total, positive: true)
        let downPayment = money(.downPayment, positive: false, optional: true) ?? .zero
        let instalments = count(.instalmentCount)
        let instalmentAmount = money(.instalmentAmount, positive: true, optional: true)
        let frequency = PlanFrequency.allCases[form.choice(at: index(.frequency))]
        let firstDue = date(.firstDue, notBefore: today)
        let income = money(.income, positive: true, optional: true)
        if instalments == nil, instalmentAmount == nil, !failed {
            fail(.instalmentCount, "填写期数或每期金额", "give the number of instalments or the instalment amount")
        }
        guard let total, let firstDue, let method = method(), !failed else { return nil }
        do {
            return try RepaymentPlan.make(
                total: total, downPayment: downPayment, instalmentCount: instalments, instalmentAmount: instalmentAmount,
                frequency: frequency, firstDue: firstDue, method: method, statedMonthlyIncome: income)
        } catch {
            fail(instalments == nil ? .instalmentAmount : .instalmentCount, "\(error)", "\(error)")
            return nil
        }
    }
}

extension OutcomeForm.Field {
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
        case .income: LocalizedText(zh: "自述月收入", en: "Stated monthly income")
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
