extension RepaymentPlan {
    /// The most instalments a plan may have (fifty years of monthly payments).
    public static let maximumInstalments = 600

    /// Builds a plan and its schedule from the form's fields. Give either `instalmentCount`
    /// or `instalmentAmount`; the other follows. The instalments after the down payment sum
    /// exactly to the rest of the total: the last one absorbs the rounding.
    public static func make(
        total: Money, downPayment: Money = .zero, instalmentCount: Int? = nil, instalmentAmount: Money? = nil,
        frequency: PlanFrequency, firstDue: CalendarDay, method: PaymentMethod, statedMonthlyIncome: Money? = nil
    ) throws(OutcomeError) -> RepaymentPlan {
        try Outcome.requirePositive(total, field: .total)
        guard downPayment >= .zero else {
            throw .field(.downPayment, message: LocalizedText(zh: "首付不能为负数", en: "the down payment cannot be negative"))
        }
        guard downPayment < total else {
            throw .field(.downPayment, message: LocalizedText(zh: "首付必须少于总额", en: "the down payment must be less than the total"))
        }
        if let income = statedMonthlyIncome, income < .zero {
            throw .field(.statedMonthlyIncome, message: LocalizedText(zh: "收入不能为负数", en: "income cannot be negative"))
        }
        let rest = total - downPayment
        let count: Int
        let regular: Money
        switch (instalmentCount, instalmentAmount) {
        case (nil, nil):
            throw .field(.instalmentCount, message: LocalizedText(zh: "请填写期数或每期金额", en: "give the number of instalments or the instalment amount"))
        case (.some, .some):
            throw .field(.instalmentAmount, message: LocalizedText(zh: "期数和每期金额只填一项", en: "give the number of instalments or the amount, not both"))
        case (let n?, nil):
            guard (1...maximumInstalments).contains(n) else {
                throw .field(.instalmentCount, message: LocalizedText(zh: "期数应在 1 到 \(maximumInstalments) 之间", en: "the number of instalments must be 1 to \(maximumInstalments)"))
            }
            guard rest.fen >= Int64(n) else {
                throw .field(.instalmentCount, message: LocalizedText(zh: "期数太多，每期不足一分钱", en: "too many instalments: each would be less than one fen"))
            }
            count = n
            regular = Money(fen: rest.fen / Int64(n))
        case (nil, let amount?):
            try Outcome.requirePositive(amount, field: .instalmentAmount)
            guard amount <= rest else {
                throw .field(.instalmentAmount, message: LocalizedText(zh: "每期金额超过了剩余欠款 \(rest.formatted)", en: "the instalment is more than the \(rest.formatted) left to pay"))
            }
            let n = (rest.fen + amount.fen - 1) / amount.fen
            guard n <= Int64(maximumInstalments) else {
                throw .field(.instalmentAmount, message: LocalizedText(zh: "每期金额太小，期数超过 \(maximumInstalments)", en: "the instalment is so small that it needs more than \(maximumInstalments) instalments"))
            }
            count = Int(n)
            regular = amount
        }
        let schedule = (0..<count).map { index in
            Instalment(
                number: index + 1,
                due: due(number: index, from: firstDue, frequency: frequency),
                amount: index == count - 1 ? rest - Money(fen: regular.fen * Int64(count - 1)) : regular)
        }
        return RepaymentPlan(total: total, downPayment: downPayment, instalmentCount: count, frequency: frequency,
                             firstDue: firstDue, method: method, statedMonthlyIncome: statedMonthlyIncome, schedule: schedule)
    }

    /// The down payment plus every instalment.
    public var scheduledTotal: Money {
        schedule.reduce(downPayment) { $0 + $1.amount }
    }

    /// The largest single instalment.
    public var largestInstalment: Money {
        schedule.map(\.amount).max() ?? .zero
    }

    /// The largest instalment expressed per month (a weekly plan pays about 52/12 of them a month).
    public var largestMonthlyPayment: Money {
        switch frequency {
        case .monthly: largestInstalment
        case .biweekly: Money(fen: (largestInstalment.fen * 26 + 11) / 12)
        case .weekly: Money(fen: (largestInstalment.fen * 52 + 11) / 12)
        }
    }

    /// Checks that the schedule is consistent: positive instalments that sum to the total.
    public func validate() throws(OutcomeError) {
        try Outcome.requirePositive(total, field: .total)
        guard !schedule.isEmpty, schedule.count == instalmentCount, schedule.allSatisfy({ $0.amount > .zero }) else {
            throw .field(.instalmentCount, message: LocalizedText(zh: "还款计划没有有效的分期", en: "the plan has no valid instalments"))
        }
        guard scheduledTotal == total else {
            throw .field(.total, message: LocalizedText(
                zh: "首付加各期合计 \(scheduledTotal.formatted)，与总额 \(total.formatted) 不符",
                en: "the down payment and instalments add up to \(scheduledTotal.formatted), not \(total.formatted)"))
        }
    }

    static func due(number index: Int, from firstDue: CalendarDay, frequency: PlanFrequency) -> CalendarDay {
        switch frequency {
        case .weekly: firstDue.adding(days: 7 * index)
        case .biweekly: firstDue.adding(days: 14 * index)
        case .monthly: firstDue.adding(months: index)
        }
    }
}
