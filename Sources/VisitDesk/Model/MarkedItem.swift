import Foundation

/// The current mark of a checklist item, when it was set and by which event.
public struct MarkedItem: Codable, Hashable, Sendable {
    public var itemID: String
    public var mark: ItemMark
    public var at: Date
    public var sequence: Int
    /// The figures a recorded plan or promise put on the item ("¥1,000.00 × 12"); nil for an
    /// item marked by hand.
    public var figures: LocalizedText?

    public init(itemID: String, mark: ItemMark, at: Date, sequence: Int, figures: LocalizedText? = nil) {
        self.itemID = itemID
        self.mark = mark
        self.at = at
        self.sequence = sequence
        self.figures = figures
    }

    /// The reason given when the item was skipped.
    public var skipReason: String? {
        if case .skipped(let reason) = mark { reason } else { nil }
    }
}
