import Foundation

/// A stage of a visit was entered at a time (by the event with `sequence`).
public struct StageEntry: Codable, Hashable, Sendable {
    public var stageID: String
    public var at: Date
    public var sequence: Int

    public init(stageID: String, at: Date, sequence: Int) {
        self.stageID = stageID
        self.at = at
        self.sequence = sequence
    }
}
