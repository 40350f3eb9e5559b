import Foundation

/// Wording shared by the summary's renderings.
public enum SummaryFormat {
    /// `1 h 05 min`, `12 min`, `40 s` (`1 小时 5 分钟`, `12 分钟`, `40 秒`).
    public static func duration(_ interval: TimeInterval, language: Language) -> String {
        let seconds = max(0, Int(interval.rounded()))
        let (hours, minutes) = (seconds / 3_600, seconds / 60 % 60)
        let text = switch (hours, minutes) {
        case (0, 0): LocalizedText(zh: "\(seconds) 秒", en: "\(seconds) s")
        case (0, _): LocalizedText(zh: "\(minutes) 分钟", en: "\(minutes) min")
        case (_, _): LocalizedText(zh: "\(hours) 小时 \(minutes) 分钟", en: "\(hours) h \(minutes < 10 ? "0" : "")\(minutes) min")
        }
        return text[language]
    }

    /// The fields of an outcome as label–value pairs (a plan's schedule is listed apart).
    public static func fields(of outcome: Outcome, language: Language) -> [(String, String)] {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        switch outcome {
        case .promiseToPay(let date, let amount, let method):
            return [(l("承诺还款日期", "Promised date"), date.description), (l("承诺金额", "Promised amount"), amount.formatted),
                    (l("还款方式", "Method"), method.label[language])]
        case .planAgreed(let plan):
            var fields = [
                (l("总额", "Total"), plan.total.formatted), (l("首付", "Down payment"), plan.downPayment.formatted),
                (l("期数", "Instalments"), "\(plan.instalmentCount) × \(plan.frequency.label[language])"),
                (l("首期日期", "First due"), plan.firstDue.description), (l("方式", "Method"), plan.method.label[language]),
            ]
            if let income = plan.statedMonthlyIncome { fields.append((l("所述月收入", "Stated monthly income"), income.formatted)) }
            return fields
        case .paidInFull(let amount, let method), .partialPayment(let amount, let method):
            return [(l("金额", "Amount"), amount.formatted), (l("方式", "Method"), method.label[language])]
        case .refusedToPay(let reason), .disputed(let reason):
            return reason.isEmpty ? [] : [(l("原因", "Reason"), reason)]
        case .hardship(let note), .wrongAddress(let note):
            return note.isEmpty ? [] : [(l("说明", "Note"), note)]
        case .thirdPartyOnly(let who):
            return [(l("见到的人", "Who"), who)]
        case .noContact, .askedToLeave:
            return []
        case .rescheduled(let date, let note):
            return [(l("新约日期", "New date"), date.description)] + (note.isEmpty ? [] : [(l("说明", "Note"), note)])
        case .extensionAgreed(let newDueDate, let note):
            return [(l("新的还款日", "New due date"), newDueDate.description)] + (note.isEmpty ? [] : [(l("说明", "Note"), note)])
        }
    }

    /// The plan's largest monthly payment as a share of the debtor's stated monthly income,
    /// `25.1% (¥2,004.02 / ¥8,000.00)`; nil without a stated income or when a figure does not fit.
    public static func affordabilityShare(of plan: RepaymentPlan) -> String? {
        guard let income = plan.statedMonthlyIncome, income.fen > 0, let monthly = plan.largestMonthlyPayment, monthly.fen >= 0 else {
            return nil
        }
        // Tenths of a percent, rounded; in 128 bits the product cannot overflow.
        let tenths = (Int128(monthly.fen) * 1_000 * 2 + Int128(income.fen)) / (Int128(income.fen) * 2)
        return "\(tenths / 10).\(tenths % 10)% (\(monthly.formatted) / \(income.formatted))"
    }
}
