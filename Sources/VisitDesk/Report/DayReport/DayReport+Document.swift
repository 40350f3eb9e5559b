import Foundation

extension DayReport {
    /// The report as a document in one language: the day at a glance, then visits, outcomes,
    /// obligations, contact attempts, appointments and warnings, each a section (`summary`,
    /// `visits`, `outcomes`, `obligations`, `contacts`, `appointments`, `warnings`, `footer`).
    /// Every text has passed through `SafeText`.
    public func document(language: Language) -> RecordDocument {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        let who = agent.map { " · \($0.text)" } ?? ""
        return RecordDocument(
            language: language, title: l("当日工作报告", "Day report") + " · \(day)" + SafeText.neutralised(who),
            pageHeader: SafeText.neutralised(agent.map { l("人员：\($0.text)", "Agent: \($0.text)") } ?? l("全部人员", "Everyone")),
            sections: [summarySection(language), visitsSection(language), outcomesSection(language), obligationsSection(language),
                       contactsSection(language), appointmentsSection(language), warningsSection(language), footerSection(language)],
            matchCode: "")
    }

    /// An amount, or a plain statement that the total does not fit (only a damaged record is that large).
    static func total(_ amount: Money?, language: Language) -> String {
        amount?.formatted ?? LocalizedText(zh: "超出范围（记录有误）", en: "beyond range (damaged record)")[language]
    }

    /// `67%`, or `—` while none is settled.
    var keptRateText: String { keptRate.map { "\($0)%" } ?? "—" }

    private func summarySection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        let states = ObligationState.allCases.map { "\($0.label[language]) \(count($0))" }.joined(separator: l("，", ", "))
        let fields = [
            RecordField(l("日期", "Day"), day.description),
            RecordField(l("人员", "Agent"), agent?.text ?? l("全部", "everyone")),
            RecordField(l("上门", "Visits"), String(visits.count)),
            RecordField(l("承诺还款", "Promised"), Self.total(promised, language: language)),
            RecordField(l("分期总额", "Planned"), Self.total(planned, language: language)),
            RecordField(obligationScope == .dueOnDay ? l("当日到期", "Obligations due") : l("当日约定", "Obligations agreed"), "\(obligations.count)" + (obligations.isEmpty ? "" : l("（\(states)）", " (\(states))"))),
            RecordField(l("履约率", "Kept rate"), keptRateText),
            RecordField(l("联系尝试", "Contact attempts"), String(contacts.count)),
            RecordField(l("新约上门", "Appointments set"), String(appointments.count)),
            RecordField(l("合规提示", "Compliance warnings"), String(warnings.count)),
        ]
        return RecordSection(id: "summary", title: l("概览", "At a glance"), blocks: [.fields(safe(fields))])
    }

    private func visitsSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        guard !visits.isEmpty else { return RecordSection(id: "visits", title: l("上门", "Visits"), blocks: [.paragraph(l("当日没有上门。", "No visits that day."))]) }
        let rows = visits.map { visit in
            [String(visit.visitID), TimeOfDay.clock(visit.startedAt, in: timeZone), visit.reference, visit.debtorName,
             visit.visitors.map(\.name).joined(separator: "、"),
             visit.outcome?.code.label[language] ?? visit.endReason?.label[language] ?? l("进行中", "open"),
             String(visit.warnings.count)]
        }
        return RecordSection(id: "visits", title: l("上门", "Visits"), blocks: [.table(RecordTable(
            columns: [l("编号", "ID"), l("开始", "Start"), l("案件", "Case"), l("姓名", "Name"), l("人员", "Visitors"), l("结果", "Outcome"), l("提示", "Warnings")],
            alignedRight: [true, false, false, false, false, false, true], rows: safe(rows)))])
    }

    private func outcomesSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        var rows = outcomeCounts.map { [$0.code.label[language], String($0.count)] }
        if visitsWithoutOutcome > 0 { rows.append([l("未记录结果", "no outcome recorded"), String(visitsWithoutOutcome)]) }
        let promises = visits.compactMap { visit -> String? in
            switch visit.outcome {
            case .promiseToPay(let date, let amount, _)?: return l("\(visit.reference) 承诺 \(date) 前还 \(amount.formatted)", "\(visit.reference) promised \(amount.formatted) by \(date)")
            case .planAgreed(let plan)?:
                return l("\(visit.reference) 分期 \(plan.total.formatted)，共 \(plan.schedule.count) 期，首期 \(plan.firstDue)",
                         "\(visit.reference) plan of \(plan.total.formatted), \(plan.schedule.count) instalments from \(plan.firstDue)")
            default: return nil
            }
        }
        let blocks: [RecordBlock] = rows.isEmpty ? [.paragraph(l("没有结果。", "No outcomes."))]
            : [.table(RecordTable(columns: [l("结果", "Outcome"), l("次数", "Visits")], alignedRight: [false, true], rows: safe(rows)))]
                + (promises.isEmpty ? [] : [.list(promises.map { SafeText.neutralised($0) })])
        return RecordSection(id: "outcomes", title: l("结果", "Outcomes"), blocks: blocks)
    }

    private func obligationsSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        let title = obligationScope == .dueOnDay ? l("当日到期的还款（状态截至 \(asOf)）", "Obligations due (as they stand on \(asOf))")
            : l("当日上门约定的还款（状态截至 \(asOf)）", "Obligations agreed in the day's visits (as they stand on \(asOf))")
        guard !obligations.isEmpty else {
            let none = obligationScope == .dueOnDay ? l("当日没有到期的还款。", "Nothing fell due that day.") : l("当日上门没有约定还款。", "No payment was agreed in the day's visits.")
            return RecordSection(id: "obligations", title: title, blocks: [.paragraph(none)])
        }
        let rows = obligations.map { line in
            [line.reference, line.debtorName, line.obligation.id, line.obligation.amount.formatted, line.obligation.paid.formatted,
             line.state.label[language]]
        }
        return RecordSection(id: "obligations", title: title, blocks: [.table(RecordTable(
            columns: [l("案件", "Case"), l("姓名", "Name"), l("事项", "Obligation"), l("金额", "Amount"), l("已还", "Paid"), l("状态", "State")],
            alignedRight: [false, false, false, true, true, false], rows: safe(rows))),
            .fields(safe([RecordField(l("履约率", "Kept rate"), keptRateText + l("（已履约 ÷ 已有结果的）", " (kept ÷ settled)"))]))])
    }

    private func contactsSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        guard !contacts.isEmpty else { return RecordSection(id: "contacts", title: l("联系尝试", "Contact attempts"), blocks: [.paragraph(l("当日没有联系尝试。", "No contact attempts that day."))]) }
        let rows = contacts.map { line in
            [TimeOfDay.clock(line.attempt.at, in: timeZone), line.reference, line.debtorName, line.attempt.channel.label[language],
             line.attempt.result.label[language]]
        }
        return RecordSection(id: "contacts", title: l("联系尝试", "Contact attempts"), blocks: [.table(RecordTable(
            columns: [l("时间", "Time"), l("案件", "Case"), l("姓名", "Name"), l("方式", "Channel"), l("结果", "Result")],
            alignedRight: [false, false, false, false, false], rows: safe(rows)))])
    }

    private func appointmentsSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        guard !appointments.isEmpty else { return RecordSection(id: "appointments", title: l("新约上门", "Appointments set"), blocks: [.paragraph(l("当日没有约定上门。", "No appointments set that day."))]) }
        let rows = appointments.map { line in
            ["\(line.appointment.day) \(line.appointment.time)", line.reference, line.debtorName, line.appointment.place,
             line.appointment.confirmed ? l("已确认", "confirmed") : l("未确认", "not confirmed")]
        }
        return RecordSection(id: "appointments", title: l("新约上门", "Appointments set"), blocks: [.table(RecordTable(
            columns: [l("时间", "When"), l("案件", "Case"), l("姓名", "Name"), l("地点", "Place"), l("确认", "Confirmed")],
            alignedRight: [false, false, false, false, false], rows: safe(rows)))])
    }

    private func warningsSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        let lines = warnings.map { "[\($0.warning.severity.label[language])] \($0.visit.reference) #\($0.visit.visitID): \($0.warning.text[language])" }
        return RecordSection(id: "warnings", title: l("合规提示", "Compliance warnings"),
                             blocks: [lines.isEmpty ? .paragraph(l("没有合规提示。", "No compliance warnings.")) : .list(lines.map { SafeText.neutralised($0) })])
    }

    private func footerSection(_ language: Language) -> RecordSection {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        return RecordSection(id: "footer", title: l("说明", "Notes"), blocks: [
            .paragraph(l("上门按开始时间计入当天（\(timeZone.identifier)）；到期还款的状态按 \(asOf) 计；履约率 = 已履约 ÷（已履约 + 部分履约 + 违约）。",
                         "Visits count on the day they started (\(timeZone.identifier)); obligation states as of \(asOf); kept rate = kept ÷ (kept + partly kept + broken).")),
            .paragraph(l("本报告是当日工作的记录，仅用于存档备查，不构成法律意见。", "This is a record of the day's work kept for reference. It is not legal advice.")),
        ])
    }

    private func safe(_ fields: [RecordField]) -> [RecordField] {
        fields.map { RecordField(SafeText.neutralised($0.label), SafeText.neutralised($0.value)) }
    }

    private func safe(_ rows: [[String]]) -> [[String]] {
        rows.map { $0.map { SafeText.neutralised($0) } }
    }

    /// The report as Markdown, laid out like a visit summary's.
    public func markdown(language: Language) -> String {
        RecordMarkdown(document: document(language: language)).text
    }
}
