import Foundation

/// The visitors field as typed: `王磊/WF-0312, 赵敏` — names separated by commas (`,` or `，`),
/// each with an optional `/badge`. Every visitor is listed once: no badge twice, no name
/// without a badge twice.
public enum VisitorList {
    /// The visitors in the order typed; an empty field is an empty list.
    public static func parse(_ text: String) -> Result<[Visitor], VisitorListError> {
        var visitors: [Visitor] = []
        for entry in text.split(whereSeparator: { $0 == "," || $0 == "，" }) {
            let written = entry.trimmingCharacters(in: .whitespaces)
            if written.isEmpty { continue }
            let parts = written.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts[0].isEmpty else { return .failure(.missingName(entry: written)) }
            if parts.count == 2, parts[1].isEmpty { return .failure(.emptyBadge(entry: written)) }
            let visitor = Visitor(name: parts[0], badge: parts.count == 2 ? parts[1] : "")
            if visitor.hasBadge, let earlier = visitors.first(where: { $0.badge.lowercased() == visitor.badge.lowercased() }) {
                return .failure(.badgeTwice(badge: visitor.badge, first: earlier.name, second: visitor.name))
            }
            if !visitor.hasBadge, visitors.contains(where: { !$0.hasBadge && $0.name == visitor.name }) {
                return .failure(.nameTwice(name: visitor.name))
            }
            visitors.append(visitor)
        }
        return .success(visitors)
    }

    /// The list as it would be typed: the inverse of `parse`.
    public static func typed(_ visitors: [Visitor]) -> String {
        visitors.map(\.typed).joined(separator: ", ")
    }
}
