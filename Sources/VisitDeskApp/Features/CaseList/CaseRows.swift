import TUI
import VisitDesk

/// The case list as text rows — reference, name, amount, days overdue — read from the loaded
/// window only; personal data is never shown here.
struct CaseRows: ListDataSource {
    let caseList: CaseList
    let width: Int
    let language: Language
    let openCaseID: Int64?

    var count: Int { caseList.count }

    func row(at index: Int) -> String {
        guard let loanCase = caseList.row(at: index) else { return "…" }
        let marker = loanCase.id == openCaseID ? "▶" : " "
        let right = " \(loanCase.outstanding.compact) \(loanCase.daysOverdue)\(UIText.daysUnit[language])"
        let leftWidth = max(1, width - right.displayWidth)
        let left = SafeText.neutralised("\(marker)\(loanCase.reference) \(loanCase.debtorName)").truncated(to: leftWidth)
        return left + right
    }
}
