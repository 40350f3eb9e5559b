extension VisitSummary {
    /// The summary as Markdown in `language`, ready to print or attach: the record's sections
    /// in the record's order (see `document(language:)`); unsafe characters from the data are
    /// shown as stand-ins (`SafeText`), never written raw.
    public func markdown(language: Language) -> String {
        document(language: language).markdown
    }
}

extension RecordDocument {
    /// The record as Markdown, for a caller that already holds the document.
    public var markdown: String {
        RecordMarkdown(document: self).text
    }
}
