import Foundation

extension DemoData {
    /// What happened on the demo cases between visits, as written for `storyDay` ("today" in
    /// the story, 2026-11-27): notices and calls before each visit and the appointments they
    /// made; payments that keep the plans' down payments and part of an instalment; a promise
    /// broken four days ago, one due today and one in three days; reminders; appointments
    /// today and in the coming days; next actions set by hand.
    public static let caseWork: [DemoCaseEvent] = caseWork(DemoShift(days: 0))

    /// The case work moved so that `storyDay` falls on `today`.
    public static func caseWork(forDay today: CalendarDay) -> [DemoCaseEvent] {
        caseWork(DemoShift(from: storyDay, to: today))
    }

    private static func caseWork(_ shift: DemoShift) -> [DemoCaseEvent] {
        let wangLei = Visitor(name: "王磊", badge: "WF-0312"), zhaoMin = Visitor(name: "赵敏", badge: "WF-0417")
        let zhouJianhua = Visitor(name: "周建华", badge: "WF-0526"), qianTao = Visitor(name: "钱涛", badge: "WF-0718")
        typealias When = (month: Int, day: Int, hour: Int, minute: Int)
        func at(_ when: When) -> Date { shift.date(2026, when.month, when.day, when.hour, when.minute) }
        func contact(_ reference: String, _ when: When, _ channel: ContactChannel, _ result: ContactResult, _ note: String) -> DemoCaseEvent {
            DemoCaseEvent(caseReference: reference, at: at(when),
                          kind: .contactAttempted(ContactAttempt(channel: channel, at: at(when), result: result, note: note)))
        }
        func appointment(_ reference: String, recorded: When, id: String, on day: (month: Int, day: Int), _ time: (Int, Int),
                         place: String, _ visitors: [Visitor], confirmed: Bool) -> DemoCaseEvent {
            DemoCaseEvent(caseReference: reference, at: at(recorded), kind: .appointmentSet(Appointment(
                id: id, day: shift.day(2026, day.month, day.day), time: TimeOfDay(hour: time.0, minute: time.1), place: place,
                visitors: visitors, confirmed: confirmed)))
        }
        func payment(_ reference: String, _ when: When, fen: Int64, line: Int) -> DemoCaseEvent {
            DemoCaseEvent(caseReference: reference, at: at(when), kind: .paymentPosted(Payment(
                day: shift.day(2026, when.month, when.day), amount: Money(fen: fen), source: "demo-repayments.csv:\(line)")))
        }
        func next(_ reference: String, recorded: When, on day: (month: Int, day: Int), _ kind: NextActionKind, _ note: String) -> DemoCaseEvent {
            DemoCaseEvent(caseReference: reference, at: at(recorded),
                          kind: .nextActionSet(NextAction(day: shift.day(2026, day.month, day.day), kind: kind, note: note)))
        }
        // Days of the story: today is 11-27; the week before it and the week after.
        return [
            // 张伟: SMS and call before the visit of 10-14; the plan's down payment paid that evening; a reminder of the first instalment (12-01).
            contact("HB-2025-0113", (10, 8, 9, 30), .sms, .reached, "短信提醒：欠款 62,120.70 元及逾期后果。SMS: amount owed and what follows if unpaid."),
            contact("HB-2025-0113", (10, 9, 14, 0), .phone, .appointmentMade, "电话接通，约 14 日上午上门。Reached; visit agreed for the 14th, morning."),
            appointment("HB-2025-0113", recorded: (10, 9, 14, 5), id: "A1", on: (10, 14), (10, 0), place: "家中（望京）/ at home",
                        [wangLei, zhaoMin], confirmed: true),
            payment("HB-2025-0113", (10, 14, 20, 30), fen: 212_070, line: 2),
            contact("HB-2025-0113", (11, 26, 10, 0), .sms, .reached, "提醒 12 月 1 日第 1 期 2,500 元。Reminder: first instalment ¥2,500 on 1 December."),
            // 李娜: letter and call before the visit of 10-21; her promise of ¥3,000 is due on 11-30.
            contact("JB-2025-0207", (10, 15, 10, 0), .letter, .reached, "催收函已寄达。Notice letter delivered."),
            contact("JB-2025-0207", (10, 17, 11, 0), .phone, .appointmentMade, "约 21 日下午上门。Visit agreed for the 21st, afternoon."),
            appointment("JB-2025-0207", recorded: (10, 17, 11, 5), id: "A1", on: (10, 21), (14, 30), place: "碧波路690弄12号502室",
                        [wangLei, zhouJianhua], confirmed: true),
            contact("JB-2025-0207", (11, 26, 10, 10), .sms, .reached, "提醒 11 月 30 日前还 3,000 元。Reminder: ¥3,000 by 30 November."),
            // 王芳: no answer before the visit of 10-23 (no one home); reached at last, she is visited today at 19:00.
            contact("HB-2025-0241", (10, 19, 9, 0), .sms, .reached, "短信告知 23 日晚上门。SMS: visit on the evening of the 23rd."),
            appointment("HB-2025-0241", recorded: (10, 19, 9, 5), id: "A1", on: (10, 23), (18, 30), place: "科苑路15号A栋2306",
                        [zhaoMin], confirmed: false),
            contact("HB-2025-0241", (10, 20, 12, 30), .phone, .noAnswer, ""),
            contact("HB-2025-0241", (10, 22, 19, 0), .phone, .noAnswer, ""),
            contact("HB-2025-0241", (11, 24, 20, 0), .sms, .reached, "再次告知上门，请回电。New notice of a visit; please call back."),
            contact("HB-2025-0241", (11, 25, 20, 10), .phone, .appointmentMade, "晚上接通，约 27 日下班后在家。Reached; at home after work on the 27th."),
            appointment("HB-2025-0241", recorded: (11, 25, 20, 15), id: "A2", on: (11, 27), (19, 0), place: "家中，下班后 / at home after work",
                        [zhaoMin, zhouJianhua], confirmed: true),
            // 刘洋: refused on 10-28; a call after the legal review.
            contact("JB-2025-0318", (10, 22, 10, 0), .sms, .reached, "短信提醒欠款。SMS reminder of the debt."),
            contact("JB-2025-0318", (10, 24, 18, 0), .phone, .appointmentMade, "约 28 日晚上门。Visit agreed for the evening of the 28th."),
            appointment("JB-2025-0318", recorded: (10, 24, 18, 5), id: "A1", on: (10, 28), (19, 0), place: "学院路77号4幢1单元601",
                        [zhaoMin, zhouJianhua], confirmed: true),
            next("JB-2025-0318", recorded: (11, 20, 9, 0), on: (11, 30), .call, "法务核对利息后再联系。Call once the legal team has checked the interest."),
            // 陈杰: asked the visitors to leave on 11-04; a calm call is overdue.
            contact("WL-2025-0422", (10, 28, 10, 0), .letter, .reached, "催收函已寄达。Notice letter delivered."),
            contact("WL-2025-0422", (10, 31, 19, 0), .phone, .refused, "拒绝约定时间。Refused to agree a time."),
            next("WL-2025-0422", recorded: (11, 11, 9, 0), on: (11, 25), .call, "冷静期后电话沟通。Call after a cooling-off period."),
            // The three debtors who kept their own records were told through official channels.
            contact("HB-2025-0356", (11, 1, 9, 0), .appMessage, .reached, "支付宝官方消息通知上门。Notice through the official Alipay app."),
            appointment("HB-2025-0356", recorded: (11, 2, 9, 0), id: "A1", on: (11, 6), (10, 30), place: "中南二路36号5栋1204",
                        [zhouJianhua, qianTao], confirmed: true),
            contact("BT-2025-0519", (11, 5, 16, 0), .phone, .appointmentMade, "约 10 日下午。Visit agreed for the 10th, afternoon."),
            appointment("BT-2025-0519", recorded: (11, 5, 16, 5), id: "A1", on: (11, 10), (15, 0), place: "卫岗12号3幢708",
                        [wangLei, qianTao], confirmed: true),
            contact("JB-2025-0533", (11, 7, 9, 30), .sms, .reached, "短信告知 12 日下午上门。SMS: visit on the 12th, afternoon."),
            appointment("JB-2025-0533", recorded: (11, 7, 9, 35), id: "A1", on: (11, 12), (16, 20), place: "长安中路88号6号楼1单元1801",
                        [zhaoMin, zhouJianhua], confirmed: true),
            contact("JB-2025-0533", (11, 18, 18, 0), .phone, .appointmentMade, "工资流水已打印，改约 27 日。Payslips ready; moved to the 27th."),
            appointment("JB-2025-0533", recorded: (11, 18, 18, 5), id: "A2", on: (11, 27), (14, 30), place: "长安中路88号6号楼1单元1801",
                        [zhaoMin, zhouJianhua], confirmed: true),
            // 罗斌: a plan on 11-05; the down payment paid, the first instalment (11-20) only in part.
            contact("JB-2025-0725", (11, 1, 10, 0), .sms, .reached, "短信提醒欠款 12,800 元。SMS reminder: ¥12,800 owed."),
            contact("JB-2025-0725", (11, 3, 12, 0), .phone, .appointmentMade, "约 5 日晚上门。Visit agreed for the evening of the 5th."),
            appointment("JB-2025-0725", recorded: (11, 3, 12, 5), id: "A1", on: (11, 5), (19, 0), place: "民族大道88号3栋2单元1601",
                        [zhaoMin, zhouJianhua], confirmed: true),
            payment("JB-2025-0725", (11, 5, 21, 0), fen: 200_000, line: 3),
            contact("JB-2025-0725", (11, 17, 10, 0), .sms, .reached, "提醒 20 日第 1 期 1,000 元。Reminder: first instalment ¥1,000 on the 20th."),
            payment("JB-2025-0725", (11, 21, 20, 0), fen: 60_000, line: 4),
            contact("JB-2025-0725", (11, 24, 11, 0), .phone, .reached, "称本月只能先还 600 元。Says ¥600 is all he can pay this month."),
            // 卢文博: promised ¥1,743 by 11-23 and did not pay: a call today.
            contact("HB-2025-0881", (11, 12, 19, 0), .phone, .appointmentMade, "约 16 日上午。Visit agreed for the 16th, morning."),
            appointment("HB-2025-0881", recorded: (11, 12, 19, 5), id: "A1", on: (11, 16), (10, 30), place: "人民东路77号3幢1202",
                        [zhouJianhua, qianTao], confirmed: true),
            contact("HB-2025-0881", (11, 22, 10, 0), .sms, .reached, "提醒明天还款 1,743 元。Reminder: ¥1,743 due tomorrow."),
            contact("HB-2025-0881", (11, 26, 10, 0), .phone, .noAnswer, ""),
            next("HB-2025-0881", recorded: (11, 26, 10, 5), on: (11, 27), .call, "承诺未兑现，再次电话。Promise broken: call again."),
            // 孙浩: promised ¥920.80 by today.
            contact("HB-2025-0637", (11, 13, 9, 0), .sms, .reached, "短信提醒欠款。SMS reminder of the debt."),
            contact("HB-2025-0637", (11, 15, 12, 0), .phone, .appointmentMade, "约 18 日下午。Visit agreed for the 18th, afternoon."),
            appointment("HB-2025-0637", recorded: (11, 15, 12, 5), id: "A1", on: (11, 18), (15, 0), place: "香港中路40号1单元902",
                        [wangLei], confirmed: true),
            contact("HB-2025-0637", (11, 26, 10, 20), .sms, .reached, "提醒明天还款 920.80 元。Reminder: ¥920.80 due tomorrow."),
            // First visits in the coming days.
            contact("WL-2025-0683", (11, 23, 9, 0), .sms, .reached, "短信提醒欠款。SMS reminder of the debt."),
            contact("WL-2025-0683", (11, 26, 18, 30), .phone, .appointmentMade, "约明天上午，未最终确认。Tomorrow morning, not yet confirmed."),
            appointment("WL-2025-0683", recorded: (11, 26, 18, 35), id: "A1", on: (11, 28), (9, 30), place: "人民中路55号4栋1102",
                        [wangLei, qianTao], confirmed: false),
            contact("HB-2025-0602", (11, 25, 17, 0), .phone, .appointmentMade, "约 29 日下午。Visit agreed for the 29th, afternoon."),
            appointment("HB-2025-0602", recorded: (11, 25, 17, 5), id: "A1", on: (11, 29), (15, 0), place: "南京路219号2门1503",
                        [wangLei, zhaoMin], confirmed: true),
            contact("BT-2025-0741", (11, 22, 10, 0), .letter, .reached, "催收函已寄达。Notice letter delivered."),
            appointment("BT-2025-0741", recorded: (11, 22, 10, 5), id: "A1", on: (12, 1), (10, 0), place: "泉城路180号6号楼702",
                        [wangLei, zhouJianhua], confirmed: false),
            next("ZL-2025-0712", recorded: (11, 20, 9, 30), on: (12, 3), .call, "了解困难情况后再谈。Call to hear how things stand."),
        ]
    }
}
