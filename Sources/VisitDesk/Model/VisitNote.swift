import Foundation

/// A note written during a visit, with its latest text.
public struct VisitNote: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    /// When the note was first written.
    public var at: Date
    /// When the text was last amended, if ever.
    public var amendedAt: Date?
    /// The texts it had before each amendment, oldest first.
    public var earlierTexts: [String]
    /// Written after the visit ended: an addendum to the record, not part of the visit.
    public var isAddendum: Bool

    public init(id: String, text: String, at: Date, amendedAt: Date? = nil, earlierTexts: [String] = [], isAddendum: Bool = false) {
        self.id = id
        self.text = text
        self.at = at
        self.amendedAt = amendedAt
        self.earlierTexts = earlierTexts
        self.isAddendum = isAddendum
    }

    public var isAmended: Bool { amendedAt != nil }
}
