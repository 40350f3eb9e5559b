import VisitDesk

/// A visit's summary as the desk shows, writes and prints it: the record document, its text
/// (80 columns) and Markdown, and the file stem its files are named by.
struct SummaryDocument: Hashable, Sendable {
    var visitID: Int64
    var title: String
    var document: RecordDocument
    /// The record as fixed-width text of 80 columns.
    var lines: [String]
    var markdown: String
    var fileStem: String
}
