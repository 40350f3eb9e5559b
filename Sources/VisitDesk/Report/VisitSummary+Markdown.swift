extension VisitSummary {
    /// The summary as Markdown in `language`, ready to print or attach: the record's sections
    /// in the record's order (see `document(language:)`); unsafe characters from the data are
    /// shown as stand-ins (`SafeText`), never written raw.
    public func markdown(language: Language) -> String {
        RecordMarkdown(document: document(language: language)).text
    }
}
