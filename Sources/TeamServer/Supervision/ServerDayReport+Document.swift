import Foundation
import VisitDesk

extension ServerDayReport.AgentDay {
    /// The agent's day report as the desk lays it out, its title naming the agent, with a
    /// `conflicts` section before the notes.
    public func document(language: Language) -> RecordDocument {
        let l = { (zh: String, en: String) in language == .zh ? zh : en }
        var document = report.document(language: language)
        let who = SafeText.neutralised("\(name)/\(badge)")
        document.title = l("当日工作报告", "Day report") + " · \(report.day) · \(who)"
        document.pageHeader = l("人员：\(who)", "Agent: \(who)")
        let lines = conflicts.map { conflict in
            let visits = conflict.visits.map { "\($0.badge) \(TimeOfDay.clock($0.startedAt, in: report.timeZone)) (\(l("设备", "device")) \($0.device.prefix(8)))" }
            return SafeText.neutralised("\(conflict.reference): " + visits.joined(separator: l("；", "; ")))
        }
        let section = RecordSection(id: "conflicts", title: l("冲突（同一案件当日多台设备上门）", "Conflicts (one case visited from several devices that day)"),
                                    blocks: [lines.isEmpty ? .paragraph(l("没有冲突。", "No conflicts.")) : .list(lines)])
        let footer = document.sections.firstIndex { $0.id == "footer" } ?? document.sections.endIndex
        document.sections.insert(section, at: footer)
        return document
    }
}

extension ServerDayReport {
    /// One document per agent, in badge order.
    public func documents(language: Language) -> [RecordDocument] {
        agents.map { $0.document(language: language) }
    }

    /// The agents' documents as Markdown, one after another.
    public func markdown(language: Language) -> String {
        documents(language: language).map { RecordMarkdown(document: $0).text }.joined(separator: "\n")
    }
}
