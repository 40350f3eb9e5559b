import Foundation

/// How the debtor was contacted.
public enum ContactChannel: String, Codable, Sendable, CaseIterable {
    case phone, sms, letter, appMessage, visit
}

/// What came of a contact attempt.
public enum ContactResult: String, Codable, Sendable, CaseIterable {
    case reached, noAnswer, wrongNumber, refused, appointmentMade
}

/// One try to reach the debtor before (or between) visits: a reminder, a call, a letter.
public struct ContactAttempt: Codable, Hashable, Sendable {
    public var channel: ContactChannel
    /// When the attempt was made (not when it was recorded).
    public var at: Date
    public var result: ContactResult
    public var note: String

    public init(channel: ContactChannel, at: Date, result: ContactResult, note: String = "") {
        self.channel = channel
        self.at = at
        self.result = result
        self.note = note
    }

    /// Whether the attempt counts as a notice of the visit: a message that reaches the debtor
    /// in writing or by voice, as opposed to a failed call or a visit itself.
    public var isNotice: Bool {
        switch (channel, result) {
        case (.visit, _), (_, .wrongNumber): false
        case (.phone, .noAnswer): false
        default: true
        }
    }
}
