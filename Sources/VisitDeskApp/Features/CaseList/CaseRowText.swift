import VisitDesk

/// The short forms a case list row is made of, in both languages (the README's case list
/// section spells them out).
enum CaseRowText {
    /// One glyph per status: `待` / `·` open, `诺` / `P` promised, `计` / `A` plan agreed,
    /// `清` / `S` settled, `结` / `C` closed, `履` / `K` promise kept, `违` / `B` promise broken.
    static func statusMark(_ status: CaseStatus) -> LocalizedText {
        switch status {
        case .open: LocalizedText(zh: "待", en: "·")
        case .promised: LocalizedText(zh: "诺", en: "P")
        case .planAgreed: LocalizedText(zh: "计", en: "A")
        case .settled: LocalizedText(zh: "清", en: "S")
        case .closed: LocalizedText(zh: "结", en: "C")
        case .kept: LocalizedText(zh: "履", en: "K")
        case .broken: LocalizedText(zh: "违", en: "B")
        }
    }

    /// The outcomes a status mark already tells.
    static let statusOutcomes: [CaseStatus: Set<OutcomeCode>] = [.promised: [.promiseToPay], .planAgreed: [.planAgreed], .settled: [.paidInFull]]

    /// The last outcome in at most four columns.
    static func shortLabel(_ outcome: OutcomeCode) -> LocalizedText {
        switch outcome {
        case .promiseToPay: LocalizedText(zh: "承诺", en: "prom")
        case .planAgreed: LocalizedText(zh: "计划", en: "plan")
        case .paidInFull: LocalizedText(zh: "还清", en: "paid")
        case .partialPayment: LocalizedText(zh: "部分", en: "part")
        case .refusedToPay: LocalizedText(zh: "拒付", en: "refu")
        case .disputed: LocalizedText(zh: "异议", en: "disp")
        case .hardship: LocalizedText(zh: "困难", en: "hard")
        case .noContact: LocalizedText(zh: "未遇", en: "away")
        case .wrongAddress: LocalizedText(zh: "错址", en: "addr")
        case .thirdPartyOnly: LocalizedText(zh: "他人", en: "3rd")
        case .askedToLeave: LocalizedText(zh: "请离", en: "left")
        case .rescheduled: LocalizedText(zh: "改约", en: "resc")
        case .extensionAgreed: LocalizedText(zh: "延期", en: "ext")
        }
    }

    /// A next action date as the row shows it, `12-05`: month then day, as both languages
    /// write a short date.
    static func monthDay(_ day: CalendarDay) -> String {
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(pad(day.month))-\(pad(day.day))"
    }
}
