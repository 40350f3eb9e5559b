import Foundation

/// A whole visit written at once — demo data, or visits brought over from elsewhere.
/// The first step must be `started`.
public struct VisitScript: Hashable, Sendable {
    /// One event of the script and when it happened.
    public struct Step: Hashable, Sendable {
        public var at: Date
        public var kind: VisitEventKind

        public init(at: Date, kind: VisitEventKind) {
            self.at = at
            self.kind = kind
        }
    }

    public var caseID: Int64
    public var steps: [Step]

    public init(caseID: Int64, steps: [Step]) {
        self.caseID = caseID
        self.steps = steps
    }
}
