import VisitDesk

/// Desk text about a case's records outside its visits: contact attempts, appointments, the
/// next action, obligations and their hand marks.
extension UIText {
    static let caseRecordTitle = LocalizedText(zh: "记录到案件", en: "Record on the case")
    static let contactAttemptChoice = LocalizedText(zh: "联系尝试", en: "contact attempt")
    static let appointmentChoice = LocalizedText(zh: "预约（新建 / 修改 / 确认）", en: "appointment (new / change / confirm)")
    static let nextActionChoice = LocalizedText(zh: "下一步行动", en: "next action")
    static let cancelAppointmentChoice = LocalizedText(zh: "取消预约", en: "cancel an appointment")
    static let markObligationChoice = LocalizedText(zh: "手动标记履约事项", en: "mark an obligation")

    static let channel = LocalizedText(zh: "方式", en: "Channel")
    static let contactTime = LocalizedText(zh: "时间", en: "When")
    static let result = LocalizedText(zh: "结果", en: "Result")
    static let note = LocalizedText(zh: "备注", en: "Note")
    static let appointment = LocalizedText(zh: "预约", en: "Appointment")
    static let newAppointment = LocalizedText(zh: "新预约", en: "new appointment")
    static let day = LocalizedText(zh: "日期", en: "Day")
    static let time = LocalizedText(zh: "时间", en: "Time")
    static let place = LocalizedText(zh: "地点", en: "Place")
    static let appointmentVisitors = LocalizedText(zh: "人员 姓名[/工号]", en: "Visitors name[/badge]")
    static let confirmedField = LocalizedText(zh: "对方已确认", en: "Confirmed")
    static let no = LocalizedText(zh: "否", en: "no")
    static let yes = LocalizedText(zh: "是", en: "yes")
    static let kind = LocalizedText(zh: "行动", en: "Action")
    static let obligation = LocalizedText(zh: "履约事项", en: "Obligation")
    static let newState = LocalizedText(zh: "标记为", en: "Mark as")
    static let reasonField = LocalizedText(zh: "原因", en: "Reason")

    static let contactFormKeys = LocalizedText(zh: "时间写 14:30 或 2026-11-28 14:30 · 空格 选择 · Enter 记录 · Esc 取消",
                                               en: "When: 14:30 or 2026-11-28 14:30 · Space choose · Enter records")
    static let appointmentFormKeys = LocalizedText(zh: "日期写 2026-12-05 或 +2d · 人员用逗号分隔 · Enter 记录 · Esc 取消",
                                                   en: "Day: 2026-12-05 or +2d · visitors comma-separated · Enter records")
    static let nextActionFormKeys = LocalizedText(zh: "日期写 2026-12-05 或 +2d · 空格 选择 · Enter 记录 · Esc 取消",
                                                  en: "Day: 2026-12-05 or +2d · Space choose · Enter records")
    static let reasonFormKeys = LocalizedText(zh: "原因必填 · 空格 选择 · Enter 记录 · Esc 取消",
                                              en: "A reason is required · Space choose · Enter records")
    static let noAppointmentToCancel = LocalizedText(zh: "本案没有可取消的预约", en: "The case has no appointment to cancel")
    static let noObligationToMark = LocalizedText(zh: "本案没有履约事项（承诺或还款计划）", en: "The case has no obligation (promise or plan) to mark")
    static let caseRecordsReadOnly = LocalizedText(zh: "数据库只读：不能记录", en: "The database is read-only: nothing can be recorded")

    static let contactRecorded = LocalizedText(zh: "已记录联系：", en: "contact recorded: ")
    static func appointmentRecorded(_ id: String) -> LocalizedText { LocalizedText(zh: "已记录预约 \(id)：", en: "appointment \(id) recorded: ") }
    static func appointmentCancelled(_ id: String) -> LocalizedText { LocalizedText(zh: "已取消预约 \(id)", en: "appointment \(id) cancelled") }
    static let nextActionRecorded = LocalizedText(zh: "已设下一步：", en: "next action set: ")
    static func obligationMarked(_ id: String) -> LocalizedText { LocalizedText(zh: "已手动标记 \(id)：", en: "\(id) marked by hand: ") }
    static let confirmed = LocalizedText(zh: "已确认", en: "confirmed")
    static let notConfirmed = LocalizedText(zh: "未确认", en: "not confirmed")
    static let paid = LocalizedText(zh: "已还 ", en: "paid ")
    static let byHand = LocalizedText(zh: "手动", en: "by hand")

    static let contactLine = LocalizedText(zh: "联系：", en: "contact: ")
    static let appointmentLine = LocalizedText(zh: "预约：", en: "appointment: ")
    static let nextActionLine = LocalizedText(zh: "下一步：", en: "next action: ")
    static let paymentLine = LocalizedText(zh: "还款：", en: "payment: ")
    static let evidenceLine = LocalizedText(zh: "附件：", en: "evidence: ")

    static let nextActionSection = LocalizedText(zh: "下一步", en: "Next action")
    /// Said right after a next action whose day has passed (its own leading space in English).
    static func nextActionOverdue(_ days: Int) -> LocalizedText {
        LocalizedText(zh: "（逾期 \(days) 天）", en: days == 1 ? " (1 day overdue)" : " (\(days) days overdue)")
    }
    static let appointmentsSection = LocalizedText(zh: "预约", en: "Appointments")
    static let contactsSection = LocalizedText(zh: "联系", en: "Contacts")
    static let obligationsSection = LocalizedText(zh: "履约", en: "Obligations")
    static func andMore(_ count: Int) -> LocalizedText { LocalizedText(zh: "…还有 \(count) 条", en: "…and \(count) more") }
    static let noCaseRecords = LocalizedText(zh: "还没有联系或预约 — 按 c 记录", en: "No contacts or appointments yet — press c")
    static let caseRecordsHeading = LocalizedText(zh: "案件记录（联系、预约、还款、标记）", en: "Case records (contacts, appointments, payments, marks)")

    static let checkCannotBeTicked = LocalizedText(zh: "此项由案件记录判断，不能勾选 — 按 c 记录联系或预约",
                                                   en: "This item is read from the case's records and cannot be ticked — press c to record a contact or appointment")
    static let checkHowTo = LocalizedText(zh: "按 c 记录", en: "press c")
}

extension UIText {
    static func caseRecordCount(_ count: Int) -> LocalizedText { LocalizedText(zh: "案件记录 \(count) 条", en: "\(count) case record\(count == 1 ? "" : "s")") }
}
