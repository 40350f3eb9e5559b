import Foundation

extension DemoData {
    /// The day the scripts are written for: the demo created on another day moves by the
    /// difference (`DemoShift`), so "today" in the story is the day it is created.
    public static let storyDay = CalendarDay(year: 2026, month: 11, day: 27)

    /// Eleven past visits in October–November 2026 (Asia/Shanghai), as written for `storyDay`:
    /// eight by agents and three recorded by debtors, ending in two plans, three promises, no
    /// contact, a refusal, being asked to leave, a dispute, hardship and a new appointment.
    public static let visits: [DemoVisit] = visits(DemoShift(days: 0))

    /// The visits moved so that `storyDay` falls on `today`.
    public static func visits(forDay today: CalendarDay) -> [DemoVisit] {
        visits(DemoShift(from: storyDay, to: today))
    }

    private static func visits(_ shift: DemoShift) -> [DemoVisit] { [
        visit(
            shift, "HB-2025-0113", .agent, visitors: [wangLei, zhaoMin], location: "北京市朝阳区望京街道阜通东大街6号院3号楼1102（债务人家中）",
            start: (2026, 10, 14, 10, 0),
            steps: [
                (0, .enter("notice")),
                (0.5, .done("notice.reminder-sent")), (0.7, .done("notice.amount-stated")),
                (0.9, .done("notice.consequences")), (1.1, .done("notice.response-recorded")),
                (1.3, .note("10月8日短信提醒，10月9日电话接通，对方同意今天上门。")),
                (1.5, .enter("appointment")),
                (1.7, .done("appointment.time-agreed")), (1.9, .done("appointment.place-agreed")),
                (2.1, .done("appointment.visitors-named")), (2.3, .done("appointment.address-confirmed")),
                (3, .enter("arrival")),
                (3.5, .done("arrival.staff-id")), (4, .done("arrival.authorisation")), (4.5, .done("arrival.purpose")),
                (5, .done("arrival.recording-announced")), (5.2, .done("arrival.recording-started")),
                (6, .done("arrival.consent-to-enter")),
                (7, .enter("identity")),
                (7.5, .done("identity.name")), (8, .done("identity.id-last-digits")), (8.5, .done("identity.phone")),
                (9, .done("identity.right-person")),
                (10, .enter("conversation")),
                (12, .note("债务人称本月工资延迟发放，愿意先还一部分。")),
                (13, .done("conversation.reason")), (16, .done("conversation.living-situation")),
                (18, .note("在物流公司做调度，月收入约 8,500 元；妻子在家带孩子。Dispatcher, about ¥8,500 a month.")),
                (18.5, .done("conversation.income")), (20, .done("conversation.ability")),
                (21, .done("conversation.calm")), (23, .done("conversation.suggestions")),
                (24, .enter("living")),
                (24.5, .done("living.consent")), (25, .done("living.housing")),
                (25.5, .skip("living.household-goods", "债务人不愿让我们进卧室，只在客厅交谈")),
                (26, .done("living.occupation")),
                (27, .enter("plan")),
                (30, .done("plan.amount")), (30.5, .done("plan.term")), (31, .done("plan.method")),
                (31.5, .done("plan.first-due")), (33, .done("plan.affordable")),
                (33.5, .outcome(.planAgreed(zhangWeiPlan(firstDue: shift.day(2026, 12, 1))))),
                (34, .note("首付 2,120.70 元今晚通过支付宝还，其余 60,000 元分 24 期，每月 1 日自动扣款。")),
                (35, .enter("confirmation")),
                (36, .done("confirmation.signed")), (36.5, .done("confirmation.copy-left")),
                (37, .done("confirmation.recording-saved")),
                (37.5, .note("录音文件 20261014-HB0113.m4a")),
                (38, .enter("departure")),
                (38.5, .done("departure.follow-up-date")), (39, .done("departure.reminder-scheduled")),
                (39.5, .done("departure.left")),
                (40, .end(.completed)),
            ]),
        visit(
            shift, "JB-2025-0207", .agent, visitors: [wangLei, zhouJianhua], location: "上海市浦东新区张江镇碧波路690弄12号502室",
            start: (2026, 10, 21, 14, 30),
            steps: [
                (0, .enter("notice")),
                (0.3, .done("notice.reminder-sent")), (0.5, .done("notice.amount-stated")),
                (0.7, .done("notice.response-recorded")),
                (1, .enter("appointment")),
                (1.2, .done("appointment.time-agreed")), (1.4, .done("appointment.place-agreed")),
                (1.6, .done("appointment.address-confirmed")),
                (2, .enter("arrival")),
                (2.5, .done("arrival.staff-id")), (3, .done("arrival.authorisation")), (3.5, .done("arrival.purpose")),
                (4, .done("arrival.recording-announced")), (4.2, .done("arrival.recording-started")),
                (5, .done("arrival.consent-to-enter")),
                (6, .enter("identity")),
                (6.5, .done("identity.name")), (7, .done("identity.id-last-digits")), (7.5, .done("identity.right-person")),
                (8, .enter("conversation")),
                (10, .note("住院两个月，上月刚复工，手头只有下月工资。In hospital for two months, back at work since last month.")),
                (11, .done("conversation.reason")), (13, .done("conversation.income")),
                (14, .done("conversation.ability")), (15, .done("conversation.calm")),
                (16, .enter("plan")),
                (17, .done("plan.amount")), (17.5, .na("plan.term")), (18, .done("plan.method")),
                (18.5, .done("plan.first-due")),
                (19, .outcome(.promiseToPay(date: shift.day(2026, 11, 30), amount: Money(yuan: 3_000), method: .alipayAutoDebit))),
                (20, .enter("confirmation")),
                (21, .done("confirmation.signed")), (21.5, .done("confirmation.copy-left")),
                (22, .done("confirmation.recording-saved")),
                (23, .enter("departure")),
                (23.5, .done("departure.follow-up-date")), (24, .done("departure.left")),
                (25, .end(.completed)),
            ]),
        visit(
            shift, "HB-2025-0241", .agent, visitors: [zhaoMin], location: "广东省深圳市南山区粤海街道科苑路15号A栋2306",
            start: (2026, 10, 23, 18, 40),
            steps: [
                (0, .enter("notice")),
                (0.3, .done("notice.reminder-sent")), (0.5, .done("notice.amount-stated")),
                (0.7, .done("notice.response-recorded")),
                (1, .enter("appointment")),
                (1.2, .skip("appointment.time-agreed", "电话一直未接通，只用短信告知了上门时间")),
                (1.5, .done("appointment.address-confirmed")),
                (2, .enter("arrival")),
                (12, .note("敲门十分钟无人应答，邻居说她白天上班，晚上很晚才回来。")),
                (13, .reveal([.phone])),
                (14, .note("拨打登记电话，无人接听。No answer on the registered phone.")),
                (14.5, .hide),
                (15, .outcome(.noContact)),
                (15.5, .end(.noContact)),
            ]),
        visit(
            shift, "JB-2025-0318", .agent, visitors: [zhaoMin, zhouJianhua], location: "浙江省杭州市西湖区翠苑街道学院路77号4幢1单元601",
            start: (2026, 10, 28, 19, 10),
            steps: [
                (0, .enter("notice")),
                (0.3, .done("notice.reminder-sent")), (0.5, .done("notice.amount-stated")),
                (0.7, .done("notice.consequences")), (0.9, .done("notice.response-recorded")),
                (1, .enter("appointment")),
                (1.2, .done("appointment.time-agreed")), (1.4, .done("appointment.place-agreed")),
                (1.6, .done("appointment.address-confirmed")),
                (2, .enter("arrival")),
                (2.5, .done("arrival.staff-id")), (3, .done("arrival.authorisation")), (3.5, .done("arrival.purpose")),
                (4, .skip("arrival.recording-announced", "录音笔没电，改用手机录音，忘了告知对方")),
                (4.5, .done("arrival.recording-started")), (5, .done("arrival.consent-to-enter")),
                (6, .enter("identity")),
                (6.5, .done("identity.name")), (7, .done("identity.id-last-digits")), (7.5, .done("identity.right-person")),
                (8, .enter("conversation")),
                (11, .note("债务人认为利息过高，表示一分钱也不会再还。He says the interest is unfair and will not pay.")),
                (12, .done("conversation.reason")), (13, .done("conversation.calm")),
                (14, .outcome(.refusedToPay(reason: "认为利息过高 / considers the interest too high"))),
                (15, .enter("departure")),
                (15.5, .done("departure.follow-up-date")), (16, .done("departure.left")),
                (16.5, .note("建议转法务评估。Suggest a review by the legal team.")),
                (17, .amendLastNote("建议转法务评估，并先核对利息计算。Suggest a legal review; check the interest first.")),
                (18, .end(.completed)),
            ]),
        visit(
            shift, "WL-2025-0422", .agent, visitors: [zhouJianhua, wangLei], location: "四川省成都市武侯区玉林街道玉林北路18号2栋3单元402",
            start: (2026, 11, 4, 20, 15),
            steps: [
                (0, .enter("arrival")),
                (0.5, .done("arrival.staff-id")), (1, .done("arrival.authorisation")), (1.5, .done("arrival.purpose")),
                (2, .done("arrival.recording-announced")), (2.2, .done("arrival.recording-started")),
                (3, .skip("arrival.consent-to-enter", "对方只开了门缝，在门口交谈")),
                (4, .enter("identity")),
                (4.5, .done("identity.name")), (5, .done("identity.right-person")),
                (6, .enter("conversation")),
                (9, .note("对方情绪激动，要求我们马上离开。按规定停止沟通，离开现场。")),
                (9.5, .done("conversation.calm")),
                (10, .outcome(.askedToLeave)),
                (10.5, .end(.askedToLeave)),
            ]),
        visit(
            shift, "HB-2025-0356", .debtor, visitors: [zhouJianhua, qianTao], location: "湖北省武汉市武昌区中南路街道中南二路36号5栋1204（我家）",
            start: (2026, 11, 6, 10, 30),
            steps: [
                (0, .enter("notified")),
                (0.5, .done("notified.amount-noted")), (1, .done("notified.official-contact")),
                (2, .done("notified.debt-verified")),
                (2.5, .note("支付宝花呗账单显示欠 2,640.00 元，通知里却是 2,870.40 元。")),
                (3, .enter("prepare")),
                (3.5, .done("prepare.id-card")), (4, .na("prepare.bank-card")), (4.5, .done("prepare.repayment-records")),
                (5, .enter("visitors")),
                (5.5, .done("visitors.staff-id")), (6, .done("visitors.authorisation")), (6.5, .done("visitors.names-noted")),
                (7, .done("visitors.right-account")), (7.5, .done("visitors.entry-decided")),
                (8, .enter("privacy")),
                (8.5, .done("privacy.minimum")), (9, .done("privacy.confidential")), (9.5, .done("privacy.no-codes")),
                (10, .enter("evidence")),
                (10.5, .done("evidence.own-recording")), (11, .done("evidence.messages")), (11.5, .done("evidence.receipts")),
                (12, .enter("talk")),
                (13, .done("talk.calm")), (15, .done("talk.honest-cause")),
                (17, .note("我认为多出的 230.40 元是重复收的逾期费，请对方核实。I think ¥230.40 is a late fee charged twice.")),
                (18, .outcome(.disputed(reason: "账单与通知金额差 230.40 元 / bill and notice differ by ¥230.40"))),
                (19, .done("talk.no-unclear-signing")),
                (20, .enter("rights")),
                (20.5, .done("rights.written-account")),
                (21, .skip("rights.complaint", "先等对方核实结果，暂不投诉")),
                (22, .end(.completed)),
            ]),
        visit(
            shift, "BT-2025-0519", .debtor, visitors: [wangLei, qianTao], location: "江苏省南京市玄武区孝陵卫街道卫岗12号3幢708（我家）",
            start: (2026, 11, 10, 15, 0),
            steps: [
                (0, .enter("notified")),
                (0.5, .done("notified.amount-noted")), (1, .done("notified.debt-verified")),
                (1.5, .enter("prepare")),
                (2, .done("prepare.id-card")), (2.5, .done("prepare.income-proof")),
                (3, .note("准备了失业证明和母亲的住院诊断书。")),
                (4, .enter("visitors")),
                (4.5, .done("visitors.staff-id")), (5, .done("visitors.authorisation")), (5.5, .done("visitors.names-noted")),
                (6, .done("visitors.right-account")),
                (7, .enter("evidence")),
                (7.5, .done("evidence.own-recording")),
                (8, .enter("talk")),
                (9, .done("talk.calm")), (10, .done("talk.honest-cause")), (11, .done("talk.hardship")),
                (13, .note("公司裁员后失业三个月，母亲住院，目前每月最多拿出 300 元。Out of work for three months.")),
                (14, .done("talk.affordable-offer")),
                (15, .outcome(.hardship(note: "失业三个月，母亲住院；每月最多还 300 元 / jobless, mother in hospital, ¥300 a month at most"))),
                (16, .done("talk.no-unclear-signing")),
                (17, .enter("rights")),
                (17.5, .done("rights.written-account")),
                (18, .end(.completed)),
            ]),
        visit(
            shift, "JB-2025-0533", .debtor, visitors: [zhaoMin, zhouJianhua], location: "陕西省西安市雁塔区小寨路街道长安中路88号6号楼1单元1801",
            start: (2026, 11, 12, 16, 20),
            steps: [
                (0, .enter("notified")),
                (0.5, .done("notified.amount-noted")), (1, .done("notified.official-contact")),
                (1.5, .done("notified.debt-verified")), (2, .done("notified.visit-details")),
                (2.5, .enter("prepare")),
                (3, .done("prepare.id-card")),
                (3.5, .skip("prepare.income-proof", "工资流水还没打印出来")),
                (4, .enter("visitors")),
                (4.5, .done("visitors.staff-id")), (5, .done("visitors.authorisation")), (5.5, .done("visitors.names-noted")),
                (6, .done("visitors.right-account")),
                (6.5, .enter("evidence")),
                (7, .done("evidence.own-recording")),
                (8, .enter("talk")),
                (9, .done("talk.calm")), (10, .done("talk.honest-cause")),
                (12, .note("需要先打印近半年的工资流水再谈分期，和对方约好下周再来。")),
                (13, .outcome(.rescheduled(date: shift.day(2026, 11, 19), note: "带齐工资流水后再商量分期 / meet again with payslips to discuss instalments"))),
                (14, .enter("rights")),
                (14.5, .done("rights.written-account")),
                (15, .end(.completed)),
            ]),
        visit(
            shift, "JB-2025-0725", .agent, visitors: [zhaoMin, zhouJianhua], location: "广西壮族自治区南宁市青秀区新竹街道民族大道88号3栋2单元1601",
            start: (2026, 11, 5, 19, 0),
            steps: [
                (0, .enter("arrival")),
                (0.5, .done("arrival.staff-id")), (1, .done("arrival.authorisation")), (1.5, .done("arrival.purpose")),
                (2, .done("arrival.recording-announced")), (2.2, .done("arrival.recording-started")),
                (2.5, .done("arrival.consent-to-enter")),
                (3, .enter("identity")),
                (3.5, .done("identity.name")), (4, .done("identity.id-last-digits")), (4.5, .done("identity.right-person")),
                (5, .enter("conversation")),
                (8, .note("装修公司项目款拖欠，收入不稳定，但愿意按月还。Contractor paid late by his firm; wants monthly instalments.")),
                (9, .done("conversation.reason")), (10, .done("conversation.income")), (11, .done("conversation.ability")),
                (12, .done("conversation.calm")),
                (13, .enter("plan")),
                (14, .done("plan.amount")), (14.5, .done("plan.term")), (15, .done("plan.method")), (15.5, .done("plan.first-due")),
                (16, .done("plan.affordable")),
                (17, .outcome(.planAgreed(luoBinPlan(firstDue: shift.day(2026, 11, 20))))),
                (18, .enter("confirmation")),
                (19, .done("confirmation.signed")), (19.5, .done("confirmation.copy-left")), (20, .done("confirmation.recording-saved")),
                (21, .enter("departure")),
                (21.5, .done("departure.follow-up-date")), (22, .done("departure.reminder-scheduled")), (22.5, .done("departure.left")),
                (23, .end(.completed)),
            ]),
        visit(
            shift, "HB-2025-0881", .agent, visitors: [zhouJianhua, qianTao], location: "浙江省温州市鹿城区五马街道人民东路77号3幢1202",
            start: (2026, 11, 16, 10, 30),
            steps: [
                (0, .enter("arrival")),
                (0.5, .done("arrival.staff-id")), (1, .done("arrival.authorisation")), (1.5, .done("arrival.purpose")),
                (2, .done("arrival.recording-announced")), (2.2, .done("arrival.recording-started")),
                (2.5, .done("arrival.consent-to-enter")),
                (3, .enter("identity")),
                (3.5, .done("identity.name")), (4, .done("identity.right-person")),
                (5, .enter("conversation")),
                (7, .note("刚找到新工作，下周发第一笔工资后一次还清。New job; will pay it all after the first salary next week.")),
                (8, .done("conversation.reason")), (9, .done("conversation.ability")), (10, .done("conversation.calm")),
                (11, .enter("plan")),
                (12, .done("plan.amount")), (12.5, .done("plan.method")), (13, .done("plan.first-due")),
                (14, .outcome(.promiseToPay(date: shift.day(2026, 11, 23), amount: Money(fen: 174_300), method: .alipayAutoDebit))),
                (15, .enter("departure")),
                (15.5, .done("departure.follow-up-date")), (16, .done("departure.left")),
                (17, .end(.completed)),
            ]),
        visit(
            shift, "HB-2025-0637", .agent, visitors: [wangLei], location: "山东省青岛市市南区八大关街道香港中路40号1单元902",
            start: (2026, 11, 18, 15, 0),
            steps: [
                (0, .enter("arrival")),
                (0.5, .done("arrival.staff-id")), (1, .done("arrival.authorisation")), (1.5, .done("arrival.purpose")),
                (2, .done("arrival.recording-announced")), (2.2, .done("arrival.recording-started")),
                (3, .enter("identity")),
                (3.5, .done("identity.name")), (4, .done("identity.right-person")),
                (5, .enter("conversation")),
                (7, .note("忘记了还款日，月底发工资后还清。Forgot the due date; will pay in full after payday.")),
                (8, .done("conversation.reason")), (9, .done("conversation.calm")),
                (10, .outcome(.promiseToPay(date: shift.day(2026, 11, 27), amount: Money(fen: 92_080), method: .alipayAutoDebit))),
                (11, .enter("departure")),
                (11.5, .done("departure.follow-up-date")), (12, .done("departure.left")),
                (13, .end(.completed)),
            ]),
    ] }

    private static let wangLei = Visitor(name: "王磊", badge: "WF-0312")
    private static let zhaoMin = Visitor(name: "赵敏", badge: "WF-0417")
    private static let zhouJianhua = Visitor(name: "周建华", badge: "WF-0526")
    private static let qianTao = Visitor(name: "钱涛", badge: "WF-0718")

    /// ¥62,120.70: ¥2,120.70 down, then 24 monthly instalments of ¥2,500 from `firstDue` (2026-12-01 in the story).
    private static func zhangWeiPlan(firstDue: CalendarDay) -> RepaymentPlan {
        plan(total: Money(fen: 6_212_070), down: Money(fen: 212_070), count: 24, firstDue: firstDue, income: Money(yuan: 8_500))
    }

    /// ¥12,000: ¥2,000 down, then 10 monthly instalments of ¥1,000 from `firstDue` (2026-11-20 in the story).
    private static func luoBinPlan(firstDue: CalendarDay) -> RepaymentPlan {
        plan(total: Money(yuan: 12_000), down: Money(yuan: 2_000), count: 10, firstDue: firstDue, income: Money(yuan: 6_200))
    }

    private static func plan(total: Money, down: Money, count: Int, firstDue: CalendarDay, income: Money) -> RepaymentPlan {
        do {
            return try RepaymentPlan.make(total: total, downPayment: down, instalmentCount: count, frequency: .monthly,
                                          firstDue: firstDue, method: .alipayAutoDebit, statedMonthlyIncome: income)
        } catch {
            preconditionFailure("a demo repayment plan is invalid: \(error)")
        }
    }

    /// One line of a demo visit's script.
    private enum Step {
        case enter(String)
        case done(String)
        case skip(String, String)
        case na(String)
        case note(String)
        case amendLastNote(String)
        case outcome(Outcome)
        case reveal([PersonalField])
        case hide
        case end(EndReason)
    }

    /// Turns a script of (minutes after the start, step) into a visit. Note ids follow the
    /// store's scheme, `n` and the note's sequence number (the `started` event is 1).
    private static func visit(
        _ shift: DemoShift, _ reference: String, _ role: Role, visitors: [Visitor], location: String,
        start: (year: Int, month: Int, day: Int, hour: Int, minute: Int), steps: [(minutes: Double, step: Step)]
    ) -> DemoVisit {
        let startedAt = shift.date(start.year, start.month, start.day, start.hour, start.minute)
        var lastNoteID = ""
        let events = steps.enumerated().map { index, line -> (at: Date, kind: VisitEventKind) in
            let kind: VisitEventKind
            switch line.step {
            case .enter(let stageID): kind = .stageEntered(stageID: stageID)
            case .done(let itemID): kind = .itemMarked(itemID: itemID, mark: .done)
            case .skip(let itemID, let reason): kind = .itemMarked(itemID: itemID, mark: .skipped(reason: reason))
            case .na(let itemID): kind = .itemMarked(itemID: itemID, mark: .notApplicable)
            case .note(let text):
                lastNoteID = "n\(index + 2)"
                kind = .noteAdded(noteID: lastNoteID, text: text)
            case .amendLastNote(let text): kind = .noteAmended(noteID: lastNoteID, text: text)
            case .outcome(let outcome): kind = .outcomeRecorded(outcome)
            case .reveal(let fields): kind = .personalDataRevealed(fields: fields)
            case .hide: kind = .personalDataHidden
            case .end(let reason): kind = .ended(reason: reason)
            }
            return (at: startedAt.addingTimeInterval((line.minutes * 60).rounded()), kind: kind)
        }
        return DemoVisit(
            caseReference: reference, role: role, playbookID: role == .agent ? "agent" : "debtor",
            visitors: visitors, location: location, startedAt: startedAt, events: events)
    }
}
