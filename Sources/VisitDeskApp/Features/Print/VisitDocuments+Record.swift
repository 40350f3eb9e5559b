import RecordPDF
import VisitDesk

extension VisitDocuments {
    /// The record of a visit in the UI language, on A4, as the desk prints and writes it.
    func record(visitID: Int64) throws -> PrintableRecord {
        let (summary, loanCase) = try SummaryLoader.summary(
            store: store, visitID: visitID, playbooks: state.playbooks, rules: state.rules.config, reveal: false, now: state.now)
        return PrintableRecord(summary: summary, loanCase: loanCase, visitID: visitID, language: state.language, paper: .a4)
    }
}
