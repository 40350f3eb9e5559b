import Foundation

/// Builds a `RecordDocument` from a summary in one language.
struct RecordDocumentBuilder {
    let summary: VisitSummary
    let language: Language

    private var isDebtor: Bool { summary.role == .debtor }

    private func l(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// The agent's wording or, on the debtor's record, the debtor's own.
    private func worded(agent: (String, String), debtor: (String, String)) -> String {
        isDebtor ? l(debtor.0, debtor.1) : l(agent.0, agent.1)
    }

    private func safe(_ text: String) -> String { SafeText.neutralised(text) }

    var document: RecordDocument {
        let title = isDebtor
            ? l("我的上门记录", "My record of the visit") + " · " + summary.role.label[language]
            : l("上门记录", "Home visit record") + " · " + summary.role.label[language]
        let sections = [caseSection, visitSection, outcomeSection] + (obligationsSection.map { [$0] } ?? [])
            + [warningsSection, notDoneSection, stagesSection, notesSection, evidenceSection, footerSection, signaturesSection]
        return RecordDocument(
            language: language, title: title,
            pageHeader: safe("\(summary.loanCase.reference) · \(l("上门", "visit")) #\(summary.visitID)"),
            sections: sections, matchCode: safe(summary.matchCode))
    }

    private var caseSection: RecordSection {
        let c = summary.loanCase, start = summary.startFigures
        let when = summary.figuresAreFromStart ? l("开始时", " at start") : l("当前", " now")
        let at = { (zh: String, en: String) in language == .zh ? when + zh : en + when }
        let fields = [
            RecordField(l("编号", "Reference"), c.reference),
            RecordField(worded(agent: ("债务人", "Debtor"), debtor: ("本人", "Me")), c.debtorName),
            RecordField(l("电话", "Phone"), c.phone),
            RecordField(l("身份证号", "ID number"), c.idNumber),
            RecordField(l("地址", "Address"), c.address),
            RecordField(l("产品", "Product"), c.product),
            RecordField(at("欠款", "Outstanding"), start.outstanding.formatted),
            RecordField(at("逾期天数", "Days overdue"), String(start.daysOverdue)),
            RecordField(at("案件状态", "Status"), start.status.label[language]),
        ]
        return RecordSection(id: "case", title: worded(agent: ("案件", "Case"), debtor: ("我的欠款", "My debt")),
                             blocks: [.fields(safeFields(fields))])
    }

    private var visitSection: RecordSection {
        let visitors = names(summary.visitors)
        var fields = [
            RecordField(l("日期", "Date"), CalendarDay(summary.startedAt, in: summary.timeZone).description),
            RecordField(l("开始", "Started"), summary.dateTime(summary.startedAt)),
        ]
        if let ended = summary.endedAt {
            fields.append(RecordField(l("结束", "Ended"), summary.dateTime(ended)))
            fields.append(RecordField(l("用时", "Duration"), SummaryFormat.duration(summary.duration, language: language)))
        } else {
            fields.append(RecordField(l("结束", "Ended"), l("仍在进行", "still open")))
            fields.append(RecordField(l("已用时", "Duration so far"), SummaryFormat.duration(summary.duration, language: language)))
        }
        fields += [
            RecordField(l("时区", "Time zone"), summary.timeZone.identifier),
            RecordField(l("地点", "Place"), summary.location.isEmpty ? l("未记录", "not recorded") : summary.location),
            RecordField(worded(agent: ("来访人员", "Visitors"), debtor: ("来访的人", "Who came")), visitors),
        ]
        if let recordedBy {
            fields.append(RecordField(l("记录人", "Recorded by"), recordedBy))
        }
        for change in summary.visitorChanges {
            let before = change == summary.visitorChanges.first ? summary.visitorsAtStart : nil
            let listed = before.map { l("；开始时登记：", "; listed at start: ") + names($0) } ?? ""
            fields.append(RecordField(l("更正于 ", "Corrected ") + summary.time(change.at), names(change.visitors) + listed))
        }
        if let statement = summary.statement {
            fields.append(RecordField(l("所述欠款原因", "Reason given for arrears"),
                                      statement.reason.label[language] + (statement.detail.isEmpty ? "" : l("：", ": ") + statement.detail)))
            fields.append(RecordField(l("债务人态度", "Debtor's attitude"), statement.attitude.label[language]))
        }
        fields += [
            RecordField(l("如何结束", "How it ended"), summary.endReason?.label(for: summary.role)[language] ?? l("尚未结束", "not ended yet")),
            RecordField(l("流程", "Playbook"), summary.playbookTitle[language]),
        ]
        return RecordSection(id: "visit", title: worded(agent: ("上门", "Visit"), debtor: ("这次来访", "The visit")),
                             blocks: [.fields(safeFields(fields))])
    }

    private var outcomeSection: RecordSection {
        let title = worded(agent: ("结果", "Outcome"), debtor: ("结果：我们商定了什么", "Outcome: what we agreed"))
        guard let recorded = summary.outcome else {
            return RecordSection(id: "outcome", title: title, blocks: [.fields([RecordField(l("结果", "Outcome"), l("未记录结果", "No outcome recorded"))])])
        }
        var fields = [
            RecordField(l("结果", "Outcome"), recorded.outcome.code.label(for: summary.role)[language]),
            RecordField(l("记录于", "Recorded"), summary.dateTime(recorded.at)),
        ]
        fields += SummaryFormat.fields(of: recorded.outcome, language: language).map { RecordField($0.0, $0.1) }
        var blocks: [RecordBlock] = []
        if case .planAgreed(let plan) = recorded.outcome {
            if let share = SummaryFormat.affordabilityShare(of: plan) {
                fields.append(RecordField(l("月还款占所述收入", "Share of stated income"), share))
            }
            blocks = [.fields(safeFields(fields)), .table(RecordTable(
                columns: [l("期", "#"), l("到期日", "Due"), l("金额", "Amount")], alignedRight: [true, false, true],
                rows: plan.schedule.map { [String($0.number), $0.due.description, $0.amount.formatted] }))]
        } else {
            blocks = [.fields(safeFields(fields))]
        }
        return RecordSection(id: "outcome", title: title, blocks: blocks)
    }

    /// What the outcome obliges the debtor to pay, each as it stands on the summary's day; none
    /// when the visit agreed no payment. A long plan lists only the rows `listedObligations` picks
    /// and counts the rest by state in one line (the JSON lists every one).
    private var obligationsSection: RecordSection? {
        let obligations = summary.obligations
        guard !obligations.isEmpty else { return nil }
        let states = obligations.map { $0.state(on: summary.obligationsDay) }
        let listed = Self.listedObligations(states)
        let gap = ["…", "", "", "", ""]
        var rows: [[String]] = []
        for (position, index) in listed.enumerated() {
            if position > 0, index > listed[position - 1] + 1 { rows.append(gap) }
            let obligation = obligations[index]
            rows.append([obligation.id, obligation.due.description, obligation.amount.formatted, obligation.paid.formatted,
                         states[index].label[language]])
        }
        if let last = listed.last, last < obligations.count - 1 { rows.append(gap) }
        var blocks: [RecordBlock] = [
            .fields(safeFields([RecordField(l("状态截至", "As they stand on"), summary.obligationsDay.description)])),
            .table(RecordTable(columns: [l("事项", "Obligation"), l("到期日", "Due"), l("金额", "Amount"), l("已还", "Paid"), l("状态", "State")],
                               alignedRight: [false, false, true, true, false], rows: rows.map { $0.map(safe) })),
        ]
        let unlisted = Set(obligations.indices).subtracting(listed)
        if !unlisted.isEmpty {
            let counts = ObligationState.allCases.compactMap { state -> String? in
                let count = unlisted.filter { states[$0] == state }.count
                return count == 0 ? nil : l("\(state.label[.zh]) \(count)", "\(count) \(state.label[.en])")
            }
            blocks.append(.paragraph(l("另有 \(unlisted.count) 项未列出：", "\(unlisted.count) more not listed: ") + counts.joined(separator: l("、", ", "))))
        }
        let marked = listed.filter { obligations[$0].markReason != nil }
        if !marked.isEmpty {
            blocks.append(.list(marked.map { index in
                let label = states[index].label
                return safe("\(obligations[index].id) — " + l("手工标记为\(label[.zh])：", "marked \(label[.en]) by hand: ")
                            + (obligations[index].markReason ?? ""))
            }))
        }
        return RecordSection(id: "obligations", title: worded(agent: ("履约情况", "Obligations"), debtor: ("我答应的还款", "What I agreed to pay")),
                             blocks: blocks)
    }

    /// At most this many obligations are listed in full; a longer plan is shortened.
    static let obligationListLimit = 12

    /// The obligations (by index, in order) a record lists: every one up to
    /// `obligationListLimit`; beyond it, the first three (the down payment and the first
    /// instalments) and the six from the first one still pending (the next due), or the last six
    /// when none is pending.
    static func listedObligations(_ states: [ObligationState]) -> [Int] {
        guard states.count > obligationListLimit else { return Array(states.indices) }
        let windowStart = min(states.firstIndex(of: .pending) ?? states.count, states.count - 6)
        return Array(Set(0..<3).union(windowStart..<(windowStart + 6))).sorted()
    }

    private var warningsSection: RecordSection {
        let title = l("合规提示", "Compliance warnings")
        guard !summary.warnings.isEmpty else { return RecordSection(id: "warnings", title: title, blocks: [.paragraph(l("无", "None"))]) }
        return RecordSection(id: "warnings", title: title, blocks: [
            .list(summary.warnings.map { safe("\($0.severity.label[language])\(l("：", ": "))\($0.text[language])") }),
        ])
    }

    private var notDoneSection: RecordSection {
        let title = worded(agent: ("未完成的必做项", "Required items not done"), debtor: ("我还没做的事", "What I have not done yet"))
        let notDone = summary.notDone
        guard !notDone.isEmpty else {
            return RecordSection(id: "notDone", title: title, blocks: [.paragraph(l("必做项均已完成", "Every required item was done"))])
        }
        var blocks: [RecordBlock] = []
        let leftOpen = summary.stages.enumerated().filter { $0.element.progress.wasLeftOpen(visitEnded: summary.endedAt != nil) }
        if !leftOpen.isEmpty {
            blocks.append(.list(leftOpen.map { index, stage in
                let progress = stage.progress
                let open = progress.openItemIDs.count
                let count = "\(progress.resolvedCount)/\(progress.requiredCount)"
                return safe("◐ \(index + 1). \(stage.title[language]) — " + worded(
                    agent: ("离开时必做项 \(count) 已处理，\(open) 项未完成", "left with \(count) required items settled, \(open) open"),
                    debtor: ("我往下走时必做的事 \(count) 已处理，还有 \(open) 件没做", "I moved on with \(count) required steps settled, \(open) still open")))
            }))
        }
        blocks.append(.list(notDone.map { entry in
            var line = "\(entry.stageTitle[language]) › \(entry.item.text[language]) — \(entry.item.mark.label[language])"
            if case .skipped(let reason) = entry.item.mark {
                line += l("：", ": ") + (reason.isEmpty ? l("未说明原因", "no reason given") : reason)
            }
            return safe(line)
        }))
        return RecordSection(id: "notDone", title: title, blocks: blocks)
    }

    private var stagesSection: RecordSection {
        var blocks: [RecordBlock] = []
        for (index, stage) in summary.stages.enumerated() {
            let entered = stage.enteredAt.isEmpty ? l("未进入", "not entered")
                : l("进入于 ", "entered ") + stage.enteredAt.map(summary.time).joined(separator: ", ")
            blocks.append(.paragraph(safe("\(index + 1). \(stage.title[language]) — \(entered)")))
            blocks.append(.list(stage.items.map { item in
                var line = "\(Self.box(item.mark)) \(item.text[language])\(item.required ? " *" : "")"
                if case .skipped(let reason) = item.mark {
                    line += " — \(l("跳过", "skipped"))\(reason.isEmpty ? "" : l("：", ": ") + reason)"
                } else if item.mark == .notApplicable {
                    line += " — \(item.mark.label[language])"
                } else if let figures = item.figures {
                    line += " — \(figures[language])"
                }
                if item.mark != .pending, let at = item.markedAt { line += " · \(summary.time(at))" }
                return safe(line)
            }))
        }
        blocks.append(.paragraph("[✓] \(l("已完成", "done"))  [–] \(l("跳过", "skipped"))  [/] \(l("不适用", "not applicable"))  [ ] \(l("待办", "pending"))  * \(l("必做项", "required"))"))
        return RecordSection(id: "stages", title: worded(agent: ("阶段与清单", "Stages and checklist"), debtor: ("我的清单", "My checklist")),
                             blocks: blocks)
    }

    /// `王磊/WF-0312 · 设备 1a2b3c4d`.
    private func authorName(_ author: EventAuthor) -> String {
        "\(author.operatorName) · \(l("设备", "device")) \(author.shortDevice)"
    }

    /// Who recorded the visit's events (the first named is the device that started it); with
    /// more than one author, or events not stamped, each run of events names its own.
    private var recordedBy: String? {
        let runs = summary.authorRuns
        guard let only = runs.first else { return nil }
        if runs.count == 1, let author = only.author { return authorName(author) }
        return runs.map { run in
            let events = run.first == run.last ? l("事件 \(run.first)：", "event \(run.first): ")
                : l("事件 \(run.first)–\(run.last)：", "events \(run.first)–\(run.last): ")
            return events + (run.author.map(authorName) ?? l("未署名", "not stamped"))
        }.joined(separator: l("；", "; "))
    }

    private var notesSection: RecordSection {
        let title = worded(agent: ("记录", "Notes"), debtor: ("我的笔记", "My notes"))
        guard !summary.notes.isEmpty else { return RecordSection(id: "notes", title: title, blocks: [.paragraph(l("（无）", "(none)"))]) }
        return RecordSection(id: "notes", title: title, blocks: [.list(summary.notes.map { note in
            let amended = note.amendedAt.map { l("（修改于 ", " (amended ") + summary.time($0) + l("）", ")") } ?? ""
            let addendum = note.isAddendum ? l("【结束后补记】", "[addendum, after the end] ") : ""
            let author = summary.noteEvents[note.id].flatMap { summary.authors[$0] }.map { " — " + authorName($0) } ?? ""
            return SafeText.neutralised("\(summary.time(note.at))  \(addendum)\(note.text)\(amended)\(author)", allowing: [.newline])
        })])
    }

    /// Each file as two lines: name, type, size, when attached and caption; then its full hash,
    /// which `verify` checks the kept file against.
    private var evidenceSection: RecordSection {
        let title = worded(agent: ("附件", "Evidence files"), debtor: ("我保存的附件", "My evidence files"))
        guard !summary.evidence.isEmpty else { return RecordSection(id: "evidence", title: title, blocks: [.paragraph(l("（无）", "(none)"))]) }
        return RecordSection(id: "evidence", title: title, blocks: [.list(summary.evidence.map { attached in
            let attachment = attached.attachment
            let caption = attachment.caption.isEmpty ? "" : " · " + attachment.caption
            return SafeText.neutralised("\(attachment.nameTypeAndSize) · \(summary.time(attached.at))\(caption)\nsha256 \(attachment.sha256)",
                                        allowing: [.newline])
        })])
    }

    private var footerSection: RecordSection {
        RecordSection(id: "footer", title: l("存档与核对", "Record keeping and checking"), blocks: [
            .paragraph(VisitSummary.disclaimer[language]),
            .fields(safeFields([
                RecordField(l("上门编号", "Visit id"), String(summary.visitID)),
                RecordField(l("事件数", "Events"), String(summary.eventCount)),
                RecordField(l("生成时间", "Generated"), summary.dateTime(summary.generatedAt)),
            ])),
            .hash(label: l("链头哈希（SHA-256）", "Chain head (SHA-256)"), value: safe(summary.headHash)),
            .paragraph(l("核对这份记录：", "Check this record with:") + "\n" + safe(summary.verifyCommand)),
        ])
    }

    private var signaturesSection: RecordSection {
        let debtor = safe(summary.loanCase.debtorName)
        if isDebtor {
            return RecordSection(id: "signatures", title: l("本人签名", "My signature"), blocks: [
                .signatures([RecordSigner(role: l("本人（债务人）", "Me (the debtor)"), name: debtor)]),
            ])
        }
        let visitors = summary.visitors.map { RecordSigner(role: l("来访人员", "Visitor"), name: safe(visitorName($0))) }
        return RecordSection(id: "signatures", title: l("签名", "Signatures"), blocks: [
            .signatures(visitors + [RecordSigner(role: l("债务人", "Debtor"), name: debtor)]),
        ])
    }

    private func names(_ visitors: [Visitor]) -> String {
        visitors.isEmpty ? l("未记录", "none recorded") : visitors.map(visitorName).joined(separator: l("、", ", "))
    }

    private func visitorName(_ visitor: Visitor) -> String {
        visitor.badge.isEmpty ? visitor.name : "\(visitor.name) (\(visitor.badge))"
    }

    private func safeFields(_ fields: [RecordField]) -> [RecordField] {
        fields.map { RecordField(safe($0.label), safe($0.value)) }
    }

    /// The box a checklist item shows, as on the desk's checklist.
    static func box(_ mark: ItemMark) -> String {
        switch mark {
        case .pending: "[ ]"
        case .done: "[✓]"
        case .skipped: "[–]"
        case .notApplicable: "[/]"
        }
    }
}
