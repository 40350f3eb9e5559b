extension RepaymentPlan {
    /// The most instalments a plan may have (fifty years of monthly payments).
    public static let maximumInstalments = DomainLimits.maximumInstalments

    /// Builds a plan and its schedule from the form's fields. Give `instalmentCount` or
    /// `instalmentAmount` and the other follows; give both and they must agree (see
    /// `agreeing(count:amount:rest:)`). The instalments after the down payment sum
    /// exactly to the rest of the total: the last one absorbs the rounding. Every amount must
    /// lie within `DomainLimits`, and every due date within its date range.
    public static func make(
        total: Money, downPayment: Money = .zero, instalmentCount: Int? = nil, instalmentAmount: Money? = nil,
        frequency: PlanFrequency, firstDue: CalendarDay, method: PaymentMethod, statedMonthlyIncome: Money? = nil
    ) throws(OutcomeError) -> RepaymentPlan {
        try Outcome.requirePositive(total, field: .total)
        try Outcome.requireWithinLimit(total, field: .total)
        guard downPayment >= .zero else {
            throw .field(.downPayment, message: LocalizedText(zh: "首付不能为负数", en: "the down payment cannot be negative"))
        }
        guard downPayment < total else {
            throw .field(.downPayment, message: LocalizedText(zh: "首付必须少于总额", en: "the down payment must be less than the total"))
        }
        if let income = statedMonthlyIncome {
            try requireIncome(income)
        }
        try Outcome.requireWithinDateRange(firstDue, field: .firstDue)
        // From here every amount lies between zero and DomainLimits.maximumAmount and the count
        // is at most maximumInstalments, so no sum or product below can overflow.
        let rest = Money(fen: total.fen - downPayment.fen)
        let count: Int
        let regular: Money
        switch (instalmentCount, instalmentAmount) {
        case (nil, nil):
            throw .field(.instalmentCount, message: LocalizedText(zh: "请填写期数或每期金额", en: "give the number of instalments or the instalment amount"))
        case (let n?, let amount?):
            try requireCount(n)
            try Outcome.requirePositive(amount, field: .instalmentAmount)
            regular = try agreeing(count: n, amount: amount, rest: rest)
            count = n
        case (let n?, nil):
            try requireCount(n)
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
        let last = Money(fen: rest.fen - regular.fen * Int64(count - 1))
        let schedule = (0..<count).map { index in
            Instalment(number: index + 1, due: due(number: index, from: firstDue, frequency: frequency),
                       amount: index == count - 1 ? last : regular)
        }
        let plan = RepaymentPlan(total: total, downPayment: downPayment, instalmentCount: count, frequency: frequency,
                                 firstDue: firstDue, method: method, statedMonthlyIncome: statedMonthlyIncome, schedule: schedule)
        try plan.requireDueDatesWithinRange()
        return plan
    }

    /// The regular instalment when `count` instalments of `amount` pay `rest`: either `amount`
    /// is what `count` alone gives (the rest divided, rounded down), or `count` instalments of
    /// `amount` with a smaller positive last one pay exactly `rest`. Otherwise the error names
    /// both ways to agree.
    static func agreeing(count: Int, amount: Money, rest: Money) throws(OutcomeError) -> Money {
        // count ≤ maximumInstalments and every amount ≤ DomainLimits.maximumAmount: no overflow.
        let byCount = Money(fen: rest.fen / Int64(count))
        if amount == byCount, byCount.fen > 0 { return amount }
        if amount <= rest, (rest.fen + amount.fen - 1) / amount.fen == Int64(count) { return amount }
        let countByAmount = (rest.fen + amount.fen - 1) / amount.fen
        throw .field(.instalmentAmount, message: LocalizedText(
            zh: "与期数不符：\(count) 期每期约 \(byCount.formatted)，或每期 \(amount.formatted) 需 \(countByAmount) 期",
            en: "does not agree with the count: \(count) instalments are about \(byCount.formatted) each, or \(amount.formatted) each takes \(countByAmount)"))
    }

    /// The down payment plus every instalment; nil when the sum does not fit (a damaged record).
    public var scheduledTotal: Money? {
        Money.sum([downPayment] + schedule.map(\.amount))
    }

    /// The largest single instalment.
    public var largestInstalment: Money {
        schedule.map(\.amount).max() ?? .zero
    }

    /// The largest instalment expressed per month (a weekly plan pays about 52/12 of them a
    /// month); nil when that does not fit (a damaged record).
    public var largestMonthlyPayment: Money? {
        let perYear: Int
        switch frequency {
        case .monthly: return largestInstalment
        case .biweekly: perYear = 26
        case .weekly: perYear = 52
        }
        return largestInstalment.multiplied(by: perYear)?.adding(Money(fen: 11)).map { Money(fen: $0.fen / 12) }
    }

    /// Checks that the plan is one the desk could have made: amounts within `DomainLimits`,
    /// 1 to `maximumInstalments` positive instalments that sum to the total, due within the date range.
    public func validate() throws(OutcomeError) {
        try Outcome.requirePositive(total, field: .total)
        try Outcome.requireWithinLimit(total, field: .total)
        guard (Money.zero..<total).contains(downPayment) else {
            throw .field(.downPayment, message: LocalizedText(
                zh: "首付 \(downPayment.formatted) 应在零和总额 \(total.formatted) 之间",
                en: "the down payment \(downPayment.formatted) must be at least zero and less than the total \(total.formatted)"))
        }
        if let income = statedMonthlyIncome {
            try RepaymentPlan.requireIncome(income)
        }
        try RepaymentPlan.requireCount(instalmentCount)
        guard schedule.count == instalmentCount, schedule.allSatisfy({ $0.amount > .zero }) else {
            throw .field(.instalmentCount, message: LocalizedText(zh: "还款计划没有有效的分期", en: "the plan has no valid instalments"))
        }
        guard scheduledTotal == total else {
            let outOfRange = LocalizedText(zh: "超出范围的金额", en: "an amount out of range")
            throw .field(.total, message: LocalizedText(
                zh: "首付加各期合计 \(scheduledTotal?.formatted ?? outOfRange.zh)，与总额 \(total.formatted) 不符",
                en: "the down payment and instalments add up to \(scheduledTotal?.formatted ?? outOfRange.en), not \(total.formatted)"))
        }
        try Outcome.requireWithinDateRange(firstDue, field: .firstDue)
        try requireDueDatesWithinRange()
    }

    static func requireIncome(_ income: Money) throws(OutcomeError) {
        guard income >= .zero else {
            throw .field(.statedMonthlyIncome, message: LocalizedText(zh: "收入不能为负数", en: "income cannot be negative"))
        }
        try Outcome.requireWithinLimit(income, field: .statedMonthlyIncome)
    }

    /// A plan has 1 to `maximumInstalments` instalments.
    public static func requireCount(_ count: Int) throws(OutcomeError) {
        guard (1...maximumInstalments).contains(count) else {
            throw .field(.instalmentCount, message: LocalizedText(
                zh: "期数应在 1 到 \(maximumInstalments) 之间", en: "the number of instalments must be 1 to \(maximumInstalments)"))
        }
    }

    /// Every instalment must fall due within the date range, the last one included.
    func requireDueDatesWithinRange() throws(OutcomeError) {
        guard let late = schedule.first(where: { !DomainLimits.contains($0.due) }) else { return }
        let range = "\(DomainLimits.earliestDay)…\(DomainLimits.latestDay)"
        throw .field(.firstDue, message: LocalizedText(
            zh: "第 \(late.number) 期的到期日 \(late.due) 不在 \(range) 之内",
            en: "instalment \(late.number) would fall due on \(late.due), outside \(range)"))
    }

    static func due(number index: Int, from firstDue: CalendarDay, frequency: PlanFrequency) -> CalendarDay {
        switch frequency {
        case .weekly: firstDue.adding(days: 7 * index)
        case .biweekly: firstDue.adding(days: 14 * index)
        case .monthly: firstDue.adding(months: index)
        }
    }
}
