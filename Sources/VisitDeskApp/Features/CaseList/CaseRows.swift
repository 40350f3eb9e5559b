import TUI
import VisitDesk

/// The case list as text rows, read from the loaded window only; personal data is never shown
/// here. A row reads, left to right: the shown-case marker `▶`, the status, `●` while a visit
/// is open, the reference (when the pane is wide enough), the name; flush right the last
/// outcome (wide panes, unless the status says it), the next action date, the amount and the days overdue.
struct CaseRows: ListDataSource {
    let caseList: CaseList
    let width: Int
    let language: Language
    let openCaseID: Int64?

    /// From this width the reference and the last outcome are shown too.
    static let wideWidth = 40

    var count: Int { caseList.count }

    func row(at index: Int) -> String {
        guard let row = caseList.row(at: index) else { return "…" }
        let loanCase = row.loanCase
        let wide = width >= Self.wideWidth
        let marker = loanCase.id == openCaseID ? "▶" : " "
        let visit = row.visitOpen ? "●" : " "
        var right = ""
        // A promise or a plan is already said by the status mark (诺, 计): the label is left out for room.
        let saidByStatus = row.lastOutcome.map { CaseRowText.statusOutcomes[loanCase.status]?.contains($0) == true } ?? false
        let outcome = wide && !saidByStatus ? row.lastOutcome : nil
        if let outcome { right += " " + CaseRowText.shortLabel(outcome)[language] }
        if let next = row.nextAction { right += (outcome == nil ? " →" : "→") + CaseRowText.monthDay(next) }
        right += " \(loanCase.outstanding.compact) \(loanCase.daysOverdue)\(UIText.daysUnit[language])"
        let reference = wide ? "\(loanCase.reference) " : ""
        let left = "\(marker)\(CaseRowText.statusMark(loanCase.status)[language])\(visit)\(reference)\(loanCase.debtorName)"
        let leftWidth = max(1, width - right.displayWidth)
        return SafeText.neutralised(left).truncated(to: leftWidth) + right
    }
}
