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

    public init(id: String, text: String, at: Date, amendedAt: Date? = nil, earlierTexts: [String] = []) {
        self.id = id
        self.text = text
        self.at = at
        self.amendedAt = amendedAt
        self.earlierTexts = earlierTexts
    }

    public var isAmended: Bool { amendedAt != nil }
}
