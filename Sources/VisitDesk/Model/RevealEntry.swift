import Foundation

/// Personal data was revealed (`fields` non-empty) or hidden again (`fields` empty).
public struct RevealEntry: Codable, Hashable, Sendable {
    public var fields: [PersonalField]
    public var at: Date
    public var sequence: Int

    public init(fields: [PersonalField], at: Date, sequence: Int) {
        self.fields = fields
        self.at = at
        self.sequence = sequence
    }

    public var isReveal: Bool { !fields.isEmpty }
}
