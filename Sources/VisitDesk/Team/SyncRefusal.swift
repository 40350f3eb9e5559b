/// A stream the sync could not move, and why: the server refused it (a fork, a bad signature,
/// a case no longer assigned), or this desk refused what the server sent. The other streams
/// went on; this one is tried again on the next sync.
public struct SyncRefusal: Hashable, Sendable, CustomStringConvertible {
    /// What was refused: `visit 12 (uid …, case L-1)` or `the records of case L-1`.
    public var subject: LocalizedText
    /// The device whose events they are.
    public var device: String
    /// Why, as the server or the check said it (already safe to show).
    public var reason: String

    public init(subject: LocalizedText, device: String, reason: String) {
        self.subject = subject
        self.device = device
        self.reason = SafeText.neutralised(reason)
    }

    public var message: LocalizedText {
        LocalizedText(zh: "\(subject.zh)（设备 \(device)）未同步：\(reason)",
                      en: "\(subject.en) (device \(device)) was not synced: \(reason)")
    }

    public var description: String { message.en }
}
