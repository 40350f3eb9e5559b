import VisitDesk

/// Desk text about who came, the playbook chosen, what may still be written once a visit
/// has ended, and the debtor's account; the voiced ones speak to the debtor in their own visit.
extension UIText {
    static let playbook = LocalizedText(zh: "流程", en: "Playbook")
    static let visitorsField = VoicedText(
        agent: LocalizedText(zh: "人员 姓名[/工号]", en: "Visitors name[/badge]"),
        debtor: LocalizedText(zh: "来访的人 姓名[/工号]", en: "Who came name[/badge]"))
    static let startVisitTitle = VoicedText(
        agent: LocalizedText(zh: "开始上门", en: "Start a visit"),
        debtor: LocalizedText(zh: "记录一次上门（我是被访的一方）", en: "Record a visit to me"))
    static let startVisitKeys = VoicedText(
        agent: LocalizedText(zh: "多人用逗号分隔，工号可省 · 空格 选择 · Enter 开始 · Esc 取消",
                             en: "Comma-separated, badge optional · Space choose · Enter starts"),
        debtor: LocalizedText(zh: "多人用逗号分隔，只知道姓名也可以 · 空格 选择 · Enter 开始",
                              en: "Comma-separated; a name alone will do · Space choose · Enter starts"))
    static let correctVisitors = VoicedText(
        agent: LocalizedText(zh: "更正上门人员", en: "Correct the visitors"),
        debtor: LocalizedText(zh: "更正来访的人", en: "Correct who came"))
    static let visitorsKeys = LocalizedText(zh: "姓名[/工号]，逗号分隔 · Enter 保存 · Esc 取消",
                                            en: "name[/badge], comma-separated · Enter saves · Esc cancels")
    static let visitorsUnchanged = LocalizedText(zh: "人员没有变化，未保存", en: "The list is unchanged; nothing saved")
    static let summaryTitle = VoicedText(
        agent: LocalizedText(zh: "上门小结", en: "Visit summary"),
        debtor: LocalizedText(zh: "我的上门记录", en: "My record of the visit"))
    static let reviewVisitors = VoicedText(
        agent: LocalizedText(zh: "上门人员：", en: "Visitors: "),
        debtor: LocalizedText(zh: "来访的人：", en: "Who came: "))
    static let endVisitTitle = VoicedText(
        agent: LocalizedText(zh: "结束上门", en: "End the visit"),
        debtor: LocalizedText(zh: "来访是怎么结束的", en: "How did the visit end?"))
    static let chooseOutcomeTitle = VoicedText(
        agent: LocalizedText(zh: "选择结果（j/k 后 Enter，或按高亮字母）", en: "Choose the outcome (j/k then Enter, or its letter)"),
        debtor: LocalizedText(zh: "我们商定了什么（j/k 后 Enter，或按高亮字母）", en: "What did we agree? (j/k then Enter, or its letter)"))

    /// Why the visit cannot take this change.
    static let visitEndedAddendum = LocalizedText(
        zh: "此次上门已结束：n 写补记；只有最后阶段（跟进）的事项还能勾选",
        en: "This visit has ended: n writes an addendum; only the follow-up stage's items can still be ticked")
    static let visitLockedAddendum = VoicedText(
        agent: LocalizedText(zh: "被要求离开，上门已锁定：只能用 n 写补记", en: "Asked to leave: the visit is locked; only addenda (n) can be added"),
        debtor: LocalizedText(zh: "我请他们离开了，记录已锁定：只能用 n 写补记", en: "I asked them to leave: the record is locked; only addenda (n) can be added"))
    static let addendum = LocalizedText(zh: "补记", en: "addendum")
    static let addendumLine = LocalizedText(zh: "写补记（上门已结束）", en: "addendum (the visit has ended)")
    static let afterTheVisit = LocalizedText(zh: "已结束 · 跟进", en: "Ended · follow-up")
    static let lockedAfter = VoicedText(
        agent: LocalizedText(zh: "已锁定（被要求离开）", en: "Locked (asked to leave)"),
        debtor: LocalizedText(zh: "已锁定（我请他们离开了）", en: "Locked (I asked them to leave)"))

    static let statementTitle = LocalizedText(zh: "债务人的陈述", en: "The debtor's account")
    static let arrearsReason = LocalizedText(zh: "欠款原因", en: "Reason for arrears")
    static let inTheirWords = LocalizedText(zh: "原话（可选）", en: "In their words")
    static let attitude = LocalizedText(zh: "态度", en: "Attitude")
    static let statementKeys = LocalizedText(zh: "空格 选择 · Tab 切换 · Enter 保存 · Esc 取消",
                                             en: "Space choose · Tab next · Enter saves · Esc cancels")
}
