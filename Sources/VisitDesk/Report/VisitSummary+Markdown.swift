extension VisitSummary {
    /// The summary as Markdown in `language`, ready to print or attach; unsafe characters
    /// from the data are shown as stand-ins (`SafeText`), never written raw.
    public func markdown(language: Language) -> String {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        var out: [String] = []
        out.append("# \(l("上门记录", "Visit record")) · \(cell(loanCase.reference)) \(cell(loanCase.debtorName))")
        out.append("")
        out.append("> \(VisitSummary.disclaimer[language])")
        out.append("")
        out.append("## \(l("案件", "Case"))")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        for (label, value) in [
            (l("编号", "Reference"), loanCase.reference), (l("债务人", "Debtor"), loanCase.debtorName),
            (l("电话", "Phone"), loanCase.phone), (l("身份证号", "ID number"), loanCase.idNumber),
            (l("地址", "Address"), loanCase.address), (l("产品", "Product"), loanCase.product),
            (l("欠款", "Outstanding"), loanCase.outstanding.formatted), (l("逾期天数", "Days overdue"), String(loanCase.daysOverdue)),
            (l("状态", "Status"), loanCase.status.label[language]),
        ] {
            out.append("| \(label) | \(cell(value)) |")
        }
        out.append("")
        out.append("## \(l("上门", "Visit"))")
        out.append("")
        out.append("- \(l("身份", "Role")): \(role.label[language]) · \(l("流程", "Playbook")): \(playbookTitle[language]) (`\(playbookID)`)")
        let visitorList = visitors.map { $0.badge.isEmpty ? $0.name : "\($0.name) (\($0.badge))" }.joined(separator: l("、", ", "))
        out.append("- \(l("来访人员", "Visitors")): \(visitorList.isEmpty ? l("未记录", "none recorded") : visitorList)")
        if !location.isEmpty { out.append("- \(l("地点", "Location")): \(location)") }
        out.append("- \(l("开始", "Started")): \(dateTime(startedAt)) (\(timeZone.identifier))")
        if let endedAt {
            out.append("- \(l("结束", "Ended")): \(time(endedAt))\(endReason.map { " (\($0.label[language]))" } ?? "")")
            out.append("- \(l("用时", "Duration")): \(SummaryFormat.duration(duration, language: language))")
        } else {
            out.append("- \(l("仍在进行，已用时", "Still open, so far")): \(SummaryFormat.duration(duration, language: language))")
        }
        out.append("")
        out.append("## \(l("阶段与清单", "Stages and checklist"))")
        for (index, stage) in stages.enumerated() {
            out.append("")
            let entered = stage.enteredAt.isEmpty ? l("未进入", "not entered") : l("进入于 ", "entered ") + stage.enteredAt.map(time).joined(separator: ", ")
            out.append("### \(index + 1). \(stage.title[language]) — \(entered)")
            out.append("")
            for item in stage.items {
                let box: String
                switch item.mark {
                case .done: box = "[x]"
                case .pending: box = "[ ]"
                case .skipped: box = "[-]"
                case .notApplicable: box = "[n/a]"
                }
                var line = "- \(box) \(item.text[language])\(item.required ? " *" : "")"
                if case .skipped(let reason) = item.mark {
                    line += " — \(l("跳过", "skipped"))\(reason.isEmpty ? "" : ": \(reason)")"
                } else if case .notApplicable = item.mark {
                    line += " — \(item.mark.label[language])"
                }
                if let at = item.markedAt, item.mark != .pending { line += " (\(time(at)))" }
                out.append(line)
            }
        }
        out.append("")
        out.append("\\* \(l("必做项", "required item"))")
        out.append("")
        out.append("## \(l("记录", "Notes"))")
        out.append("")
        if notes.isEmpty { out.append(l("（无）", "(none)")) }
        for note in notes {
            let amended = note.amendedAt.map { " (\(l("修改于", "amended")) \(time($0)))" } ?? ""
            out.append("- \(time(note.at)) \(note.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  "))\(amended)")
        }
        out.append("")
        out.append("## \(l("结果", "Outcome"))")
        out.append("")
        if let outcome {
            out.append("**\(outcome.outcome.code.label[language])** (\(l("记录于", "recorded")) \(time(outcome.at)))")
            out.append("")
            for (label, value) in SummaryFormat.fields(of: outcome.outcome, language: language) {
                out.append("- \(label): \(value)")
            }
            if case .planAgreed(let plan) = outcome.outcome {
                out.append("")
                out.append("| # | \(l("到期日", "Due")) | \(l("金额", "Amount")) |")
                out.append("|---:|---|---:|")
                for instalment in plan.schedule {
                    out.append("| \(instalment.number) | \(instalment.due) | \(instalment.amount.formatted) |")
                }
            }
        } else {
            out.append(l("未记录结果", "No outcome recorded"))
        }
        out.append("")
        out.append("## \(l("合规提示", "Rule warnings"))")
        out.append("")
        if warnings.isEmpty { out.append(l("无", "None")) }
        for warning in warnings {
            out.append("- **\(warning.severity.label[language])**: \(warning.text[language])")
        }
        out.append("")
        out.append("## \(l("审计", "Audit"))")
        out.append("")
        out.append("- \(l("事件数", "Events")): \(eventCount)")
        out.append("- \(l("链头哈希", "Head hash")) (SHA-256): `\(headHash)`")
        out.append("")
        return SafeText.neutralised(out.joined(separator: "\n"), allowing: [.newline])
    }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
