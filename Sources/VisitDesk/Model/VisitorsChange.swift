import Foundation

/// A correction of the visitors during a visit: the list from then on.
public struct VisitorsChange: Codable, Hashable, Sendable {
    public var visitors: [Visitor]
    public var at: Date
    public var sequence: Int

    public init(visitors: [Visitor], at: Date, sequence: Int) {
        self.visitors = visitors
        self.at = at
        self.sequence = sequence
    }
}
