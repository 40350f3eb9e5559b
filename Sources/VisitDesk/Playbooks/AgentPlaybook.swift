extension BuiltInPlaybooks {
    /// The field agent's playbook: nine stages from the first reminder to the follow-up.
    public static let agent = Playbook(
        id: "agent",
        role: .agent,
        title: LocalizedText(zh: "上门外访（外访员）", en: "Home visit (agent)"),
        stages: [
            Stage(
                id: "notice",
                title: LocalizedText(zh: "逾期提醒", en: "Initial notice"),
                items: [
                    checklistItem(
                        "notice.reminder-sent", zh: "已用短信或电话提醒还款", en: "Reminder sent by SMS or phone call",
                        required: true,
                        hint: (zh: "写明发送日期和方式", en: "Note the date and the channel used")),
                    checklistItem(
                        "notice.amount-stated", zh: "提醒里写清了目前欠款金额", en: "The reminder states the amount now owed",
                        required: true),
                    checklistItem(
                        "notice.consequences", zh: "讲明继续逾期会有什么影响", en: "Consequences of staying overdue explained",
                        hint: (zh: "如征信记录、罚息；不夸大、不恐吓", en: "Credit record, penalty interest; no exaggeration, no threats")),
                    checklistItem(
                        "notice.response-recorded", zh: "记下对方的答复（或无人应答）", en: "The debtor's reply (or silence) recorded",
                        required: true),
                ]),
            Stage(
                id: "appointment",
                title: LocalizedText(zh: "预约上门", en: "Appointment"),
                items: [
                    checklistItem(
                        "appointment.time-agreed", zh: "和债务人约好上门时间", en: "Visit time agreed with the debtor",
                        required: true,
                        hint: (zh: "安排在 8:00–21:00 之间", en: "Keep it between 08:00 and 21:00")),
                    checklistItem(
                        "appointment.place-agreed", zh: "约好见面地点", en: "Meeting place agreed",
                        required: true,
                        hint: (zh: "住处、单位或双方都接受的公共场所", en: "Home, workplace or a public place both sides accept")),
                    checklistItem(
                        "appointment.visitors-named", zh: "告诉对方谁会来、来几个人", en: "Debtor told who is coming and how many"),
                    checklistItem(
                        "appointment.address-confirmed", zh: "确认地址仍然有效，对方没有搬走", en: "Address confirmed as current (not moved away)",
                        required: true),
                ]),
            Stage(
                id: "arrival",
                title: LocalizedText(zh: "到达与表明身份", en: "Arrival and identification"),
                items: [
                    checklistItem(
                        "arrival.staff-id", zh: "出示工作证", en: "Staff ID shown",
                        required: true,
                        hint: (zh: "让对方看清姓名和工号", en: "Let them read the name and badge number"),
                        purpose: .staffIDShown),
                    checklistItem(
                        "arrival.authorisation", zh: "出示委托授权书", en: "Authorisation letter shown",
                        required: true,
                        hint: (zh: "说明授权的范围和有效期", en: "Point out what it covers and until when"),
                        purpose: .authorisationShown),
                    checklistItem(
                        "arrival.purpose", zh: "说明这次来访的目的", en: "Purpose of the visit stated",
                        required: true),
                    checklistItem(
                        "arrival.recording-announced", zh: "告知对方全程录音录像", en: "Told the debtor the visit is being recorded",
                        required: true,
                        purpose: .recordingAnnounced),
                    checklistItem(
                        "arrival.recording-started", zh: "录音录像设备已开启", en: "Recording device switched on",
                        required: true),
                    checklistItem(
                        "arrival.consent-to-enter", zh: "经对方同意才进门", en: "Entered only with the debtor's consent",
                        hint: (zh: "对方不同意就在门口谈，或改约时间", en: "If they say no, talk at the door or rebook")),
                ]),
            Stage(
                id: "identity",
                title: LocalizedText(zh: "核实身份", en: "Identity check"),
                items: [
                    checklistItem(
                        "identity.name", zh: "核对债务人姓名", en: "Debtor's full name checked",
                        required: true),
                    checklistItem(
                        "identity.id-last-digits", zh: "核对身份证号后四位", en: "Last four digits of the ID number checked",
                        required: true,
                        hint: (zh: "只核对，不抄录完整号码", en: "Compare only; do not copy the full number")),
                    checklistItem(
                        "identity.phone", zh: "核对联系电话", en: "Contact phone number checked"),
                    checklistItem(
                        "identity.right-person", zh: "确认是借款人本人后才谈欠款", en: "Borrower confirmed in person before the debt is mentioned",
                        required: true,
                        hint: (zh: "家属或其他人在场时不透露欠款细节", en: "Tell relatives or others nothing about the debt"),
                        purpose: .rightPersonConfirmed),
                ]),
            Stage(
                id: "conversation",
                title: LocalizedText(zh: "沟通了解", en: "Conversation"),
                discussesDebt: true,
                items: [
                    checklistItem(
                        "conversation.reason", zh: "听对方讲逾期的原因", en: "Heard why the payments stopped",
                        required: true),
                    checklistItem(
                        "conversation.living-situation", zh: "了解家庭和生活情况", en: "Household and living situation understood"),
                    checklistItem(
                        "conversation.income", zh: "了解收入来源和每月收入", en: "Source and size of monthly income noted",
                        hint: (zh: "按对方自述记录，用于评估方案是否负担得起", en: "Record what they say; it decides whether a plan is affordable")),
                    checklistItem(
                        "conversation.ability", zh: "评估目前的还款能力", en: "Present ability to pay assessed",
                        required: true),
                    checklistItem(
                        "conversation.calm", zh: "语气平和，没有施压或威胁", en: "Kept a calm tone; no pressure or threats",
                        required: true,
                        hint: (zh: "对方情绪激动时先停下来", en: "Pause if feelings run high")),
                    checklistItem(
                        "conversation.suggestions", zh: "给出可行的还款建议", en: "Workable repayment options suggested"),
                ]),
            Stage(
                id: "living",
                title: LocalizedText(zh: "居住与资产情况", en: "Living conditions and assets"),
                discussesDebt: true,
                items: [
                    checklistItem(
                        "living.consent", zh: "查看前征得对方同意", en: "Permission asked before looking around",
                        required: true),
                    checklistItem(
                        "living.housing", zh: "记录住房情况（自有或租住）", en: "Housing noted (owned or rented)"),
                    checklistItem(
                        "living.household-goods", zh: "记录主要家电和家具", en: "Main appliances and furniture noted"),
                    checklistItem(
                        "living.occupation", zh: "记录职业和工作单位", en: "Occupation and employer noted"),
                ]),
            Stage(
                id: "plan",
                title: LocalizedText(zh: "还款方案", en: "Repayment plan"),
                discussesDebt: true,
                items: [
                    checklistItem(
                        "plan.amount", zh: "商定每期还款金额", en: "Instalment amount agreed",
                        required: true),
                    checklistItem(
                        "plan.term", zh: "商定期数或还款期限", en: "Number of instalments or term agreed",
                        required: true),
                    checklistItem(
                        "plan.method", zh: "商定还款方式", en: "Payment method agreed",
                        required: true,
                        hint: (zh: "只走官方渠道，如支付宝自动扣款；不收现金进个人账户", en: "Official channels only, such as Alipay auto-debit; never into a personal account")),
                    checklistItem(
                        "plan.first-due", zh: "商定首期还款日", en: "First due date agreed",
                        required: true),
                    checklistItem(
                        "plan.affordable", zh: "确认每期金额在对方收入能承受的范围内", en: "Instalment checked as affordable on the stated income",
                        required: true),
                ]),
            Stage(
                id: "confirmation",
                title: LocalizedText(zh: "书面确认", en: "Written confirmation"),
                discussesDebt: true,
                items: [
                    checklistItem(
                        "confirmation.signed", zh: "还款计划或承诺书已由债务人签字", en: "Plan or promise letter signed by the debtor",
                        required: true),
                    checklistItem(
                        "confirmation.copy-left", zh: "给债务人留下一份副本", en: "A copy left with the debtor",
                        required: true),
                    checklistItem(
                        "confirmation.recording-saved", zh: "录音录像已保存", en: "Recording saved",
                        required: true,
                        hint: (zh: "在备注里写下文件名", en: "Put the file name in a note")),
                ]),
            Stage(
                id: "departure",
                title: LocalizedText(zh: "离开与跟进", en: "Departure and follow-up"),
                items: [
                    checklistItem(
                        "departure.left", zh: "礼貌道别后离开", en: "Said goodbye and left",
                        required: true),
                    checklistItem(
                        "departure.follow-up-date", zh: "定下下次跟进的日期", en: "Follow-up date set",
                        required: true),
                    checklistItem(
                        "departure.reminder-scheduled", zh: "首期到期前安排一次提醒", en: "Reminder booked before the first instalment is due"),
                    checklistItem(
                        "departure.notes-filed", zh: "当天整理好外访记录", en: "Visit notes tidied up the same day"),
                ]),
        ]
    )
}
