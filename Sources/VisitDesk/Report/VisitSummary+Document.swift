import Foundation

extension VisitSummary {
    /// The summary ordered as a record in `language`: the case and the visit, the outcome first,
    /// then the compliance warnings, what was not done, the stages with their items, the notes,
    /// the footer that lets a paper copy be checked against the store, and the signatures.
    /// The agent's record is signed by each visitor and the debtor; the debtor's record is worded
    /// as the debtor's own and signed by the debtor. Every text from the data passes `SafeText`.
    public func document(language: Language) -> RecordDocument {
        RecordDocumentBuilder(summary: self, language: language).document
    }

    /// The command that checks a copy of this record against the store.
    public var verifyCommand: String {
        "visitdesk verify --visit \(visitID) --head \(headHash)"
    }

    /// What a QR code on paper holds: `visitdesk:visit=ID;head=HASH`.
    public var matchCode: String {
        "visitdesk:visit=\(visitID);head=\(headHash)"
    }
}
