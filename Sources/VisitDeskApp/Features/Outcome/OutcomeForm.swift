import TUI
import VisitDesk

/// The outcome form: the fields of each outcome code, and turning them into an `Outcome`
/// with an error beside every field that is wrong — all of them at once. The rules of what
/// is valid live in the domain (`Money.parse`, `CalendarDay.parse`, `RepaymentPlan.make`,
/// `Outcome.validate`).
enum OutcomeForm {
    /// The fields of `code` before any choice is made; "other" as the method adds
    /// `.methodDescription` after `.method` (see `layout(_:_:)`).
    static func fields(for code: OutcomeCode) -> [OutcomeField] {
        switch code {
        case .promiseToPay: [.date, .amount, .method]
        case .planAgreed: [.total, .downPayment, .instalmentCount, .instalmentAmount, .frequency, .firstDue, .method, .statedMonthlyIncome]
        case .paidInFull, .partialPayment: [.amount, .method]
        case .refusedToPay, .disputed: [.reason]
        case .hardship, .wrongAddress: [.note]
        case .thirdPartyOnly: [.who]
        case .rescheduled: [.date, .note]
        case .extensionAgreed: [.newDueDate, .note]
        case .noContact, .askedToLeave: []
        }
    }

    /// The fields `form` shows for `code`: `fields(for:)`, with `.methodDescription` after the
    /// method while "other" is chosen.
    static func layout(_ code: OutcomeCode, _ form: Form) -> [OutcomeField] {
        var layout = fields(for: code)
        if let method = layout.firstIndex(of: .method), form.fields.indices.contains(method),
           PaymentMethod.offered.indices.contains(form.choice(at: method)),
           PaymentMethod.offered[form.choice(at: method)].otherDescription != nil {
            layout.insert(.methodDescription, at: method + 1)
        }
        return layout
    }

    static func make(_ code: OutcomeCode, loanCase: LoanCase, language: Language) -> Form {
        Form(fields: fields(for: code).map { field in field.formField(code: code, loanCase: loanCase, language: language) },
             enterBehaviour: .submitFromLastField)
    }

    /// The form kept in `draft`, with the description field when it was "other".
    static func restored(_ draft: FormDraft, code: OutcomeCode, loanCase: LoanCase, language: Language) -> Form {
        var form = draft.filled(make(code, loanCase: loanCase, language: language))
        showMethodDescription(&form, code: code, language: language)
        return draft.filled(form)
    }

    /// Adds the description field when "other" is the method, and takes it away when it is not,
    /// keeping the focus on the field it was on.
    static func showMethodDescription(_ form: inout Form, code: OutcomeCode, language: Language) {
        let wanted = layout(code, form).contains(.methodDescription)
        guard let method = fields(for: code).firstIndex(of: .method) else { return }
        let shown = form.fields.count > fields(for: code).count
        if wanted, !shown {
            form.fields.insert(OutcomeField.methodDescription.formField(code: code, loanCase: nil, language: language), at: method + 1)
            if form.focus > method { form.focus += 1 }
        } else if !wanted, shown {
            form.fields.remove(at: method + 1)
            if form.focus > method { form.focus -= 1 }
        }
    }

    /// The outcome the form describes, or the form with every error beside its field.
    static func parse(_ code: OutcomeCode, _ form: Form, today: CalendarDay, outstanding: Money,
                      language: Language) -> Result<Outcome, FormWithErrors> {
        var reader = FieldReader(form: form, layout: layout(code, form), today: today, outstanding: outstanding, language: language)
        for index in reader.form.fields.indices { reader.form.fields[index].error = nil }
        let outcome = reader.outcome(code)
        guard let outcome, !reader.failed else { return .failure(FormWithErrors(reader.form)) }
        do throws(OutcomeError) {
            try outcome.validate(today: today)
            try outcome.validate(outstanding: outstanding)
            return .success(outcome)
        } catch {
            reader.fail(error.field, error.message)
            return .failure(FormWithErrors(reader.form))
        }
    }

    /// The plan the form describes so far, when every figure reads; nil otherwise. The form
    /// shows its share of the stated income while it is typed.
    static func draftPlan(_ form: Form, today: CalendarDay, outstanding: Money, language: Language) -> RepaymentPlan? {
        guard case .success(.planAgreed(let plan)) = parse(.planAgreed, form, today: today, outstanding: outstanding, language: language)
        else { return nil }
        return plan
    }
}

/// Reads typed values out of a form, writing an error beside each field that is wrong.
private struct FieldReader {
    var form: Form
    let layout: [OutcomeField]
    let today: CalendarDay
    let outstanding: Money
    let language: Language
    var failed = false

    mutating func fail(_ field: OutcomeField, _ message: LocalizedText) {
        guard let index = layout.firstIndex(of: field), form.fields[index].error == nil else { return }
        form.fields[index].error = message[language]
        failed = true
    }

    /// Runs one check of `field`, leaving its error beside the field.
    mutating func check(_ body: () throws(OutcomeError) -> Void) {
        do throws(OutcomeError) { try body() } catch { fail(error.field, error.message) }
    }

    func text(_ field: OutcomeField) -> String {
        layout.firstIndex(of: field).map { form.text(at: $0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    func choice(_ field: OutcomeField) -> Int {
        layout.firstIndex(of: field).map { form.choice(at: $0) } ?? 0
    }

    var method: PaymentMethod {
        let chosen = PaymentMethod.offered[min(max(0, choice(.method)), PaymentMethod.offered.count - 1)]
        return chosen.otherDescription == nil ? chosen : .other(description: text(.methodDescription))
    }

    /// Parses every field and checks each on its own, so all bad fields are reported at once;
    /// nil when a field did not read. Checks across fields (a plan that must add up) follow
    /// in `RepaymentPlan.make` once every field reads.
    mutating func outcome(_ code: OutcomeCode) -> Outcome? {
        let method = method
        if layout.contains(.methodDescription) { check { () throws(OutcomeError) in try Outcome.requireDescribed(method) } }
        switch code {
        case .promiseToPay:
            let date = date(.date)
            let amount = money(.amount, owed: true)
            guard let date, let amount else { return nil }
            return .promiseToPay(date: date, amount: amount, method: method)
        case .planAgreed:
            let total = money(.total, owed: true)
            let downPayment = money(.downPayment, optional: true, mayBeZero: true)
            let count = whole(.instalmentCount)
            let amount = money(.instalmentAmount, optional: true)
            let firstDue = date(.firstDue)
            let income = money(.statedMonthlyIncome, optional: true, mayBeZero: true)
            guard !failed, let total, let firstDue else { return nil }
            do throws(OutcomeError) {
                return .planAgreed(try RepaymentPlan.make(
                    total: total, downPayment: downPayment ?? .zero, instalmentCount: count, instalmentAmount: amount,
                    frequency: PlanFrequency.allCases[choice(.frequency)], firstDue: firstDue, method: method,
                    statedMonthlyIncome: income))
            } catch {
                fail(error.field, error.message)
                return nil
            }
        case .paidInFull: return money(.amount).map { .paidInFull(amount: $0, method: method) }
        case .partialPayment: return money(.amount).map { .partialPayment(amount: $0, method: method) }
        case .refusedToPay: return .refusedToPay(reason: text(.reason))
        case .disputed: return .disputed(reason: text(.reason))
        case .hardship: return .hardship(note: text(.note))
        case .wrongAddress: return .wrongAddress(note: text(.note))
        case .thirdPartyOnly: return .thirdPartyOnly(who: text(.who))
        case .rescheduled: return date(.date).map { .rescheduled(date: $0, note: text(.note)) }
        case .extensionAgreed: return date(.newDueDate).map { .extensionAgreed(newDueDate: $0, note: text(.note)) }
        case .noContact: return .noContact
        case .askedToLeave: return .askedToLeave
        }
    }

    /// An amount that reads, is more than zero (unless `mayBeZero`), within the limit, and —
    /// when `owed` — no more than the case owes.
    mutating func money(_ field: OutcomeField, optional: Bool = false, mayBeZero: Bool = false, owed: Bool = false) -> Money? {
        let value = text(field)
        if value.isEmpty, optional { return nil }
        let amount: Money
        do {
            amount = try Money.parse(value)
        } catch {
            fail(field, error.message)
            return nil
        }
        let outstanding = outstanding
        check { () throws(OutcomeError) in
            if !mayBeZero { try Outcome.requirePositive(amount, field: field) }
            try Outcome.requireWithinLimit(amount, field: field)
            if owed { try Outcome.requireWithinOutstanding(amount, outstanding: outstanding, field: field) }
        }
        return amount
    }

    /// A day that reads, is not before today and lies within the date range.
    mutating func date(_ field: OutcomeField) -> CalendarDay? {
        let day: CalendarDay
        do {
            day = try CalendarDay.parse(text(field), today: today)
        } catch {
            fail(field, error.message)
            return nil
        }
        let today = today
        check { () throws(OutcomeError) in
            try Outcome.requireNotPast(day, field: field, today: today)
            try Outcome.requireWithinDateRange(day, field: field)
        }
        return day
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
        check { () throws(OutcomeError) in try RepaymentPlan.requireCount(number) }
        return number
    }
}

extension OutcomeField {
    /// A text field suggesting the amount the case owes.
    private func owedField(_ label: String, loanCase: LoanCase?) -> FormField {
        guard let loanCase else { return FormField(label: label, kind: .text(LineEditor())) }
        return FormField(label: label, kind: .text(LineEditor(loanCase.outstanding.decimalString)), isPrefilled: true)
    }

    var label: LocalizedText {
        switch self {
        case .date: LocalizedText(zh: "日期", en: "Date")
        case .amount: LocalizedText(zh: "金额", en: "Amount")
        case .method: LocalizedText(zh: "还款方式", en: "Method")
        case .methodDescription: LocalizedText(zh: "其他方式", en: "Which method")
        case .newDueDate: LocalizedText(zh: "新的还款日", en: "New due date")
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

    /// The field as the form first shows it: a suggested value (the amount owed, "+7d") is
    /// prefilled, so the first character typed replaces it.
    func formField(code: OutcomeCode, loanCase: LoanCase?, language: Language) -> FormField {
        let label = label[language]
        switch self {
        case .method:
            return FormField(label: label, kind: .choice(options: PaymentMethod.offered.map { $0.label[language] }, selected: 0))
        case .frequency:
            return FormField(label: label, kind: .choice(options: PlanFrequency.allCases.map { $0.label[language] }, selected: 2))
        case .total:
            return owedField(label, loanCase: loanCase)
        case .amount where code == .paidInFull:
            return owedField(label, loanCase: loanCase)
        case .newDueDate:
            return FormField(label: label, kind: .text(LineEditor("+7d")), isPrefilled: true)
        case .date where code == .promiseToPay:
            return FormField(label: label, kind: .text(LineEditor("+7d")), isPrefilled: true)
        default:
            return FormField(label: label, kind: .text(LineEditor()))
        }
    }
}
