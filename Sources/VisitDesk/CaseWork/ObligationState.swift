/// Where a promise or an instalment stands. The raw values are the contract of
/// `visitdesk obligations --format json`.
public enum ObligationState: String, Codable, Sendable, CaseIterable {
    /// Not fully paid, and its grace period has not ended.
    case pending
    /// Paid in full by the end of its grace period.
    case kept
    /// Paid in part by the end of its grace period.
    case partlyKept
    /// Nothing paid by the end of its grace period.
    case broken
}

extension ObligationState {
    /// Where the obligation stands, as people say it (lower case in English: it is read mid-sentence).
    public var label: LocalizedText {
        switch self {
        case .pending: LocalizedText(zh: "待履约", en: "pending")
        case .kept: LocalizedText(zh: "已履约", en: "kept")
        case .partlyKept: LocalizedText(zh: "部分履约", en: "partly kept")
        case .broken: LocalizedText(zh: "已违约", en: "broken")
        }
    }
}
