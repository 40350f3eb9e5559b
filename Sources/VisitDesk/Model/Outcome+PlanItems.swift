extension Outcome {
    /// The agent playbook's plan items (stage "plan") that this outcome settles, by item id,
    /// with the figures to show beside each. Recording a plan or a promise marks them done in
    /// the fold, so the plan is typed once and the checklist cannot disagree with the outcome;
    /// undoing the outcome unmarks them. `plan.affordable` is left to the agent: it is a
    /// judgement on the share of income the form shows, not a figure.
    public var planItemFigures: [(itemID: String, figures: LocalizedText)] {
        switch self {
        case .planAgreed(let plan):
            let regular = plan.schedule.first?.amount ?? .zero
            var amount = LocalizedText(zh: "每期 \(regular.formatted)", en: "\(regular.formatted) each")
            if plan.downPayment > .zero {
                amount = LocalizedText(zh: "首付 \(plan.downPayment.formatted)，\(amount.zh)",
                                       en: "\(plan.downPayment.formatted) down, \(amount.en)")
            }
            return [
                ("plan.amount", amount),
                ("plan.term", LocalizedText(zh: "\(plan.instalmentCount) 期，\(plan.frequency.label.zh)",
                                            en: "\(plan.instalmentCount) × \(plan.frequency.label.en.lowercased())")),
                ("plan.method", plan.method.label),
                ("plan.first-due", LocalizedText(zh: plan.firstDue.description, en: plan.firstDue.description)),
            ]
        case .promiseToPay(let date, let amount, let method):
            return [
                ("plan.amount", LocalizedText(zh: "承诺 \(amount.formatted)", en: "\(amount.formatted) promised")),
                ("plan.term", LocalizedText(zh: "一次付清", en: "one payment")),
                ("plan.method", method.label),
                ("plan.first-due", LocalizedText(zh: date.description, en: date.description)),
            ]
        default:
            return []
        }
    }
}
