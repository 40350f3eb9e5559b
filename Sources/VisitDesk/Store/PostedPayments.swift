/// What posting a payments file did.
public struct PostedPayments: Hashable, Sendable {
    public var paymentCount: Int
    public var caseCount: Int
    /// How many obligations of the cases paid changed state on the posting day, by the state
    /// they moved to (`kept: 3, partlyKept: 1`).
    public var moved: [ObligationState: Int]
    /// Promised cases not paid by this file whose promise or instalment lapsed unpaid: now broken.
    public var lapsedCaseCount: Int

    public init(paymentCount: Int, caseCount: Int, moved: [ObligationState: Int], lapsedCaseCount: Int) {
        self.paymentCount = paymentCount
        self.caseCount = caseCount
        self.moved = moved
        self.lapsedCaseCount = lapsedCaseCount
    }
}
