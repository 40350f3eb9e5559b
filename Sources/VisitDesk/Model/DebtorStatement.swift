/// What the debtor said in the conversation stage, recorded as fields: the reason they give
/// for the arrears (with their own words beside it) and how they took the visit.
public struct DebtorStatement: Codable, Hashable, Sendable {
    public var reason: ArrearsReason
    /// The debtor's explanation in a line; may be empty.
    public var detail: String
    public var attitude: DebtorAttitude

    public init(reason: ArrearsReason, detail: String = "", attitude: DebtorAttitude) {
        self.reason = reason
        self.detail = detail
        self.attitude = attitude
    }
}
