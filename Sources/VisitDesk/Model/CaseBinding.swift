/// What a visit's `started` event records about its case: the reference it belongs to and the
/// debt figures when it began. Under the hash chain, so a visit cannot be moved to another case
/// and the figures it was started with cannot be changed afterwards.
public struct CaseBinding: Codable, Hashable, Sendable {
    /// The case's `LoanCase.reference`.
    public var reference: String
    public var outstanding: Money
    public var daysOverdue: Int
    public var status: CaseStatus

    public init(reference: String, outstanding: Money, daysOverdue: Int, status: CaseStatus) {
        self.reference = reference
        self.outstanding = outstanding
        self.daysOverdue = daysOverdue
        self.status = status
    }
}
