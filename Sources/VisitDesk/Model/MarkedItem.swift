import Foundation

/// The current mark of a checklist item, when it was set and by which event.
public struct MarkedItem: Codable, Hashable, Sendable {
    public var itemID: String
    public var mark: ItemMark
    public var at: Date
    public var sequence: Int

    public init(itemID: String, mark: ItemMark, at: Date, sequence: Int) {
        self.itemID = itemID
        self.mark = mark
        self.at = at
        self.sequence = sequence
    }

    /// The reason given when the item was skipped.
    public var skipReason: String? {
        if case .skipped(let reason) = mark { reason } else { nil }
    }
}
