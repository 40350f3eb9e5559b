extension BuiltInPlaybooks {
    /// The debtor's playbook: eight stages to check the visitors, keep evidence and agree
    /// only to what can really be paid. Its purposes mirror the agent's so that the same
    /// compliance rules apply from the other side of the door.
    public static let debtor = Playbook(
        id: "debtor",
        role: .debtor,
        title: LocalizedText(zh: "外访应对（债务人）", en: "Home visit (debtor)"),
        stages: [
            Stage(
                id: "notified",
                title: LocalizedText(zh: "收到通知时", en: "When notified"),
                items: [
                    checklistItem(
                        "notified.amount-noted", zh: "记下通知里的欠款金额", en: "Amount in the notice written down",
                        required: true),
                    checklistItem(
                        "notified.official-contact", zh: "记下出借方的官方联系方式", en: "Lender's official contact written down",
                        required: true,
                        hint: (zh: "以官方 App 或官网公布的号码为准，不用短信里的陌生号码", en: "Use the number in the official app or website, not one from the message")),
                    checklistItem(
                        "notified.debt-verified", zh: "在官方 App 里核实这笔欠款确实存在", en: "Debt checked as real in the official app",
                        required: true,
                        hint: (zh: "例如在支付宝查看花呗、借呗账单", en: "For example the Huabei or Jiebei bill in Alipay")),
                    checklistItem(
                        "notified.visit-details", zh: "记下约定的上门时间和来访人员", en: "Agreed visit time and visitors written down"),
                ]),
            Stage(
                id: "prepare",
                title: LocalizedText(zh: "提前准备", en: "Prepare"),
                items: [
                    checklistItem(
                        "prepare.id-card", zh: "身份证放在手边", en: "ID card at hand",
                        required: true),
                    checklistItem(
                        "prepare.bank-card", zh: "还款用的银行卡放在手边", en: "Bank card used for repayments at hand"),
                    checklistItem(
                        "prepare.income-proof", zh: "备好收入或困难证明", en: "Proof of income or hardship ready",
                        hint: (zh: "工资流水、病历、失业证明等", en: "Payslips, medical records, proof of job loss and the like")),
                    checklistItem(
                        "prepare.repayment-records", zh: "整理以往的还款记录", en: "Past repayment records gathered"),
                ]),
            Stage(
                id: "visitors",
                title: LocalizedText(zh: "核实来访人员", en: "Check the visitors"),
                items: [
                    checklistItem(
                        "visitors.staff-id", zh: "请对方出示工作证", en: "Asked to see their staff ID",
                        required: true,
                        purpose: .staffIDShown),
                    checklistItem(
                        "visitors.authorisation", zh: "查看授权书，弄清授权范围", en: "Checked the authorisation letter and what it covers",
                        required: true,
                        purpose: .authorisationShown),
                    checklistItem(
                        "visitors.names-noted", zh: "记下来访人员的姓名和工号", en: "Visitors' names and badge numbers written down",
                        required: true),
                    checklistItem(
                        "visitors.right-account", zh: "确认对方说的是你本人名下的借款", en: "Confirmed the loan they mention is in your own name",
                        required: true,
                        purpose: .rightPersonConfirmed),
                    checklistItem(
                        "visitors.entry-decided", zh: "决定是否让对方进门", en: "Decided whether to let them in",
                        hint: (zh: "证件或授权有疑点时，可以不让进门", en: "You may keep the door shut if anything about them is wrong")),
                ]),
            Stage(
                id: "privacy",
                title: LocalizedText(zh: "保护个人信息", en: "Protect your information"),
                items: [
                    checklistItem(
                        "privacy.minimum", zh: "只提供和还款有关的必要信息", en: "Gave only what repayment actually needs",
                        required: true),
                    checklistItem(
                        "privacy.confidential", zh: "要求对方对你的信息保密", en: "Asked them to keep your details confidential",
                        required: true),
                    checklistItem(
                        "privacy.documents-kept", zh: "证件原件不交给对方带走或拍照", en: "Original documents not handed over or photographed",
                        hint: (zh: "给对方看一眼就够了", en: "Showing them is enough")),
                    checklistItem(
                        "privacy.no-codes", zh: "不说出任何密码或验证码", en: "No passwords or verification codes given out",
                        required: true),
                ]),
            Stage(
                id: "evidence",
                title: LocalizedText(zh: "保留证据", en: "Keep evidence"),
                items: [
                    checklistItem(
                        "evidence.own-recording", zh: "自己开始录音", en: "Started your own recording",
                        required: true,
                        hint: (zh: "手机录音就可以，可以告诉对方你在录", en: "A phone recorder will do; you may tell them you are recording"),
                        purpose: .recordingAnnounced),
                    checklistItem(
                        "evidence.messages", zh: "保存相关短信和通话记录", en: "Related SMS and call logs kept"),
                    checklistItem(
                        "evidence.receipts", zh: "保存每一笔还款凭证", en: "Every repayment receipt kept"),
                    checklistItem(
                        "evidence.who-when", zh: "记下时间、地点和在场的人", en: "Time, place and who was present written down"),
                ]),
            Stage(
                id: "talk",
                title: LocalizedText(zh: "沟通协商", en: "Talk it through"),
                discussesDebt: true,
                items: [
                    checklistItem(
                        "talk.calm", zh: "保持冷静，不争吵", en: "Stayed calm; no quarrel",
                        required: true),
                    checklistItem(
                        "talk.honest-cause", zh: "如实说明逾期原因", en: "Explained honestly why payments stopped",
                        required: true),
                    checklistItem(
                        "talk.affordable-offer", zh: "只答应自己真正还得起的金额", en: "Offered only what you can really pay",
                        required: true,
                        hint: (zh: "先算清每月房租、生活费等固定开支", en: "Work out rent, food and other fixed costs first")),
                    checklistItem(
                        "talk.hardship", zh: "有特殊困难时说明并出示证明", en: "Any hardship explained, with proof"),
                    checklistItem(
                        "talk.no-unclear-signing", zh: "看不懂的文件不签字", en: "Signed nothing you did not understand",
                        required: true),
                ]),
            Stage(
                id: "confirm",
                title: LocalizedText(zh: "确认方案", en: "Confirm the plan"),
                discussesDebt: true,
                items: [
                    checklistItem(
                        "confirm.amount", zh: "每期金额写在纸面上", en: "Instalment amount put in writing",
                        required: true),
                    checklistItem(
                        "confirm.term", zh: "期数和期限写在纸面上", en: "Number of instalments and term put in writing",
                        required: true),
                    checklistItem(
                        "confirm.method", zh: "还款方式和收款账户写在纸面上", en: "Payment method and receiving account put in writing",
                        required: true,
                        hint: (zh: "只还到官方渠道，不转给个人", en: "Pay through official channels only, never to a person")),
                    checklistItem(
                        "confirm.copy-kept", zh: "自己留一份副本", en: "A copy kept for yourself",
                        required: true),
                ]),
            Stage(
                id: "rights",
                title: LocalizedText(zh: "你的权利", en: "Your rights"),
                items: [
                    checklistItem(
                        "rights.informed", zh: "知道自己有知情权和隐私权", en: "Aware of your right to be informed and to privacy"),
                    checklistItem(
                        "rights.complaint", zh: "遭到威胁或辱骂时，通过官方渠道投诉", en: "Complained through official channels if threatened or insulted",
                        hint: (zh: "出借方客服，或金融监管投诉热线 12378", en: "The lender's customer service, or the financial regulator's hotline 12378")),
                    checklistItem(
                        "rights.written-account", zh: "当天把经过写下来", en: "Wrote down what happened the same day",
                        required: true),
                    checklistItem(
                        "rights.police", zh: "人身安全受到威胁时报警（110）", en: "Called the police (110) if your safety was threatened"),
                ]),
        ]
    )
}
