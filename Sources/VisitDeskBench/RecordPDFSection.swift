import Foundation
import RecordPDF
import VisitDesk

extension StoreSections {
    /// The agent playbook with one more stage of checklist items, 60 items in all.
    static func sixtyItemPlaybook() throws -> Playbook {
        var playbook = try BuiltInPlaybooks.agent
        let existing = playbook.stages.flatMap(\.items).count
        let extra = (existing..<max(existing, 60)).map { index in
            ChecklistItem(id: "bench-\(index)", text: LocalizedText(zh: "补充核对事项 \(index + 1)：确认债务人已知晓还款安排", en: "Extra check \(index + 1): the debtor knows the repayment arrangement"))
        }
        playbook.stages.append(Stage(id: "bench", title: LocalizedText(zh: "补充核对", en: "Extra checks"), items: extra))
        return playbook
    }

    /// A finished visit whose playbook has 60 checklist items, from its summary to the PDF's
    /// bytes (the record document built and laid out on A4).
    mutating func recordPDF() throws {
        let loanCase = try store.cases(matching: nil, offset: 2, limit: 1)[0]
        let playbook = try Self.sixtyItemPlaybook()
        let id = try store.importVisits([data.visit(caseID: loanCase.id!, eventCount: 160, playbook: playbook, startingAt: SyntheticData.start)])[0]
        let state = try VisitState.fold(try store.events(visitID: id), caseID: loanCase.id!)
        let rules = RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let summary = VisitSummary.make(visit: state, loanCase: loanCase, playbook: playbook, rules: rules, now: Date())
        var bytes = 0
        let timing = try Timing.measure(20) {
            let pdf = try RecordPDF.render(summary.document(language: .zh), paper: .a4)
            bytes = pdf.count
        }
        report.add(size: size, "record PDF of a 60-item visit (A4)", timing, target: 250, note: "\(bytes / 1024) kB")
    }
}
