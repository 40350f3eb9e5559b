import Foundation
import RecordPDF
import VisitDesk

/// A visit's record ready to be laid out as a PDF for printing or writing, with the job title
/// CUPS shows for it.
struct PrintableRecord: Hashable, Sendable {
    var document: RecordDocument
    var paper: Paper
    /// The case reference and the visit id (as the written files are named), never the debtor's
    /// name: print queues are visible to every user of the machine.
    var title: String

    init(summary: VisitSummary, loanCase: LoanCase, visitID: Int64, language: Language, paper: Paper) {
        document = summary.document(language: language)
        self.paper = paper
        title = SafeFileName.from("\(loanCase.reference)-visit-\(visitID)")
    }

    /// The record shown on the desk's summary screen, on A4: what is printed is what is seen.
    init(shown summary: SummaryDocument) {
        document = summary.document
        paper = .a4
        title = SafeFileName.from(summary.fileStem)
    }

    /// The record laid out as a PDF.
    func pdf() throws(PrintError) -> Data {
        do {
            return try RecordPDF.render(document, paper: paper)
        } catch {
            throw .cannotRender(reason: error.message(in: document.language))
        }
    }
}
