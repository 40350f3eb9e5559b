import Foundation

/// An outcome as recorded during a visit: what, when, and by which event.
public struct RecordedOutcome: Codable, Hashable, Sendable {
    public var outcome: Outcome
    public var at: Date
    public var sequence: Int

    public init(outcome: Outcome, at: Date, sequence: Int) {
        self.outcome = outcome
        self.at = at
        self.sequence = sequence
    }
}
