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
