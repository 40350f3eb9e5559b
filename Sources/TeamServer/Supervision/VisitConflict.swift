import Foundation

/// One case visited on the same day from more than one device: each desk kept its own visit
/// (neither could see the other's while offline), and the supervisor decides what stands.
public struct VisitConflict: Hashable, Sendable {
    public struct Visit: Hashable, Sendable {
        public var uid: String
        public var device: String
        public var badge: String
        public var startedAt: Date
    }

    public var reference: String
    /// In start order; at least two devices among them.
    public var visits: [Visit]

    /// The conflicts among `visits` (those of one day): cases visited by two devices or more.
    static func among(_ visits: [(reference: String, visit: Visit)]) -> [VisitConflict] {
        Dictionary(grouping: visits, by: \.reference)
            .filter { Set($0.value.map(\.visit.device)).count > 1 }
            .map { VisitConflict(reference: $0.key, visits: $0.value.map(\.visit).sorted { ($0.startedAt, $0.uid) < ($1.startedAt, $1.uid) }) }
            .sorted { $0.reference < $1.reference }
    }
}
