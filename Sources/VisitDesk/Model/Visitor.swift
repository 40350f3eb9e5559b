/// A person on the visiting side: name and staff/badge number. The badge is empty when the
/// person gave none (a debtor may only learn a name).
public struct Visitor: Codable, Hashable, Sendable {
    public var name: String
    public var badge: String

    public init(name: String, badge: String = "") {
        self.name = name
        self.badge = badge
    }

    /// Whether the visitor gave a badge number.
    public var hasBadge: Bool { !badge.isEmpty }

    /// `name/badge`, or the name alone: the form the visitors field is typed in.
    public var typed: String { hasBadge ? "\(name)/\(badge)" : name }
}
