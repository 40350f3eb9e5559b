import TUI
import VisitDesk

/// A visit summary as fixed-width printable text: the summary screen shows it and
/// `visitdesk summary --format text` prints it. Columns are padded by display width, so
/// they line up with Chinese content. Unsafe characters from the data are shown as
/// stand-ins (`SafeText`), on screen, on stdout and in the written file alike.
struct SummaryText {
    let summary: VisitSummary
    let language: Language
    var width = 80

    private func l(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var lines: [String] {
        var out: [String] = []
        let rule = String(repeating: "=", count: width)
        out.append(rule)
        out.append("\(l("上门记录", "Visit record")) · \(summary.loanCase.reference) \(summary.loanCase.debtorName) · #\(summary.visitID)")
        out += VisitSummary.disclaimer[language].wrapped(to: width)
        out.append(rule)

        let c = summary.loanCase
        section(&out, l("案件", "Case"), table([
            (l("编号", "Reference"), c.reference), (l("债务人", "Debtor"), c.debtorName),
            (l("电话", "Phone"), c.phone), (l("身份证号", "ID number"), c.idNumber),
            (l("地址", "Address"), c.address), (l("产品", "Product"), c.product),
            (l("欠款", "Outstanding"), c.outstanding.formatted), (l("逾期天数", "Days overdue"), String(c.daysOverdue)),
            (l("状态", "Status"), c.status.label[language]),
        ]))

        var visit: [(String, String)] = [
            (l("身份", "Role"), "\(summary.role.label[language]) · \(summary.playbookTitle[language])"),
            (l("来访人员", "Visitors"), summary.visitors.isEmpty ? l("未记录", "none recorded")
                : summary.visitors.map { "\($0.name)/\($0.badge)" }.joined(separator: ", ")),
            (l("地点", "Location"), summary.location),
            (l("开始", "Started"), summary.dateTime(summary.startedAt)),
        ]
        if let ended = summary.endedAt {
            visit.append((l("结束", "Ended"), summary.time(ended) + (summary.endReason.map { " (\($0.label[language]))" } ?? "")))
        }
        visit.append((l("用时", "Duration"), SummaryFormat.duration(summary.duration, language: language)))
        section(&out, l("上门", "Visit"), table(visit))

        var stages: [String] = []
        for (index, stage) in summary.stages.enumerated() {
            let entered = stage.enteredAt.map(summary.time).joined(separator: ", ")
            stages += columns("\(index + 1). \(stage.title[language])", entered, indent: 2)
            for item in stage.items {
                let mark = ChecklistPane.presentation(item.mark, language: language).mark
                var text = item.text[language] + (item.required ? " *" : "")
                if case .skipped(let reason) = item.mark { text += " — \(l("跳过", "skipped")): \(reason)" }
                let at = item.mark == .pending ? "" : (item.markedAt.map(summary.time) ?? "")
                stages += columns("\(mark) \(text)", at, indent: 5)
            }
        }
        stages.append("  * \(l("必做项", "required item"))")
        section(&out, l("阶段与清单", "Stages and checklist"), stages)

        section(&out, l("记录", "Notes"), summary.notes.isEmpty ? ["  " + l("（无）", "(none)")] : summary.notes.flatMap { note in
            hanging(summary.time(note.at), note.text)
        })

        var outcome: [String] = []
        if let recorded = summary.outcome {
            outcome.append("  \(recorded.outcome.code.label[language]) (\(l("记录于", "recorded")) \(summary.time(recorded.at)))")
            outcome += table(SummaryFormat.fields(of: recorded.outcome, language: language))
            if case .planAgreed(let plan) = recorded.outcome {
                // Widened for the figures of a damaged record, so that the columns never run together.
                let numberWidth = max(4, (plan.schedule.map { String($0.number).count }.max() ?? 0) + 1)
                let dueWidth = max(12, (plan.schedule.map { $0.due.description.count }.max() ?? 0) + 1)
                outcome.append("    " + pad("#", numberWidth) + pad(l("到期日", "Due"), dueWidth) + l("金额", "Amount"))
                outcome += plan.schedule.map {
                    "    " + pad(String($0.number), numberWidth) + pad($0.due.description, dueWidth) + $0.amount.formatted
                }
            }
        } else {
            outcome.append("  " + l("未记录结果", "No outcome recorded"))
        }
        section(&out, l("结果", "Outcome"), outcome)

        section(&out, l("合规提示", "Rule warnings"), summary.warnings.isEmpty ? ["  " + l("无", "None")] : summary.warnings.flatMap {
            hanging("⚠ " + $0.severity.label[language], $0.text[language])
        })
        section(&out, l("审计", "Audit"), table([
            (l("事件数", "Events"), String(summary.eventCount)),
            (l("链头哈希", "Head hash"), summary.headHash),
        ]))
        out.append(rule)
        return out.map { SafeText.neutralised($0) }
    }

    private func section(_ out: inout [String], _ title: String, _ body: [String]) {
        out.append("")
        out.append(title)
        out.append(String(repeating: "-", count: title.displayWidth))
        out += body
    }

    /// `  label   value` rows with the labels padded to the widest, values wrapped under themselves.
    private func table(_ rows: [(String, String)]) -> [String] {
        let labelWidth = rows.map { $0.0.displayWidth }.max() ?? 0
        return rows.flatMap { label, value in
            let wrapped = value.wrapped(to: max(10, width - labelWidth - 6))
            return wrapped.enumerated().map { index, part in
                "    " + pad(index == 0 ? label : "", labelWidth + 2) + part
            }
        }
    }

    /// Text on the left, wrapped; `right` aligned to the right edge on the first line.
    private func columns(_ text: String, _ right: String, indent: Int) -> [String] {
        let rightWidth = right.isEmpty ? 0 : right.displayWidth + 2
        let wrapped = text.wrapped(to: max(10, width - indent - rightWidth))
        return wrapped.enumerated().map { index, part in
            let line = String(repeating: " ", count: indent + (index == 0 ? 0 : 4)) + part
            return index == 0 && !right.isEmpty ? pad(line, width - right.displayWidth) + right : line
        }
    }

    /// `  10:05  text` with continuation lines under the text.
    private func hanging(_ lead: String, _ text: String) -> [String] {
        let indent = 4 + lead.displayWidth + 2
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { String($0).wrapped(to: max(10, width - indent)) }
            .enumerated().map { index, part in
                (index == 0 ? "    " + lead + "  " : String(repeating: " ", count: indent)) + part
            }
    }

    private func pad(_ text: String, _ columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - text.displayWidth))
    }
}
