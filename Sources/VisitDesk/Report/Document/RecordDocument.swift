/// A visit's record as a document in one language: its sections in the order a reader needs
/// them (case, visit, outcome first, compliance warnings, what was not done, stages and items,
/// notes, evidence files, then the footer and signatures). Text, Markdown and PDF are layouts of this one
/// value, so they carry the same sections in the same order. Every text in it has already
/// passed through `SafeText`.
public struct RecordDocument: Hashable, Sendable {
    public var language: Language
    /// `上门记录 · 催收方` / `Home visit record · agent`, or the debtor's own wording.
    public var title: String
    /// What every printed page repeats at its top: the case reference and the visit id.
    public var pageHeader: String
    public var sections: [RecordSection]
    /// What a QR code on paper holds so the copy can be matched to the store: the visit id
    /// and its chain head.
    public var matchCode: String

    public init(language: Language, title: String, pageHeader: String, sections: [RecordSection], matchCode: String) {
        self.language = language
        self.title = title
        self.pageHeader = pageHeader
        self.sections = sections
        self.matchCode = matchCode
    }
}
