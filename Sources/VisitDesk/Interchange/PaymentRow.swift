/// One repayment of a payments file, checked as far as the file alone allows: the case it
/// names is looked up when it is posted (`VisitStore.postPayments`).
public struct PaymentRow: Hashable, Sendable {
    /// The line the record starts on.
    public var line: Int
    /// The 1-based column of the reference, where a problem with the case it names is reported.
    public var referenceColumn: Int
    public var reference: String
    /// Day, amount and source (`file.csv:line`).
    public var payment: Payment

    public init(line: Int, referenceColumn: Int, reference: String, payment: Payment) {
        self.line = line
        self.referenceColumn = referenceColumn
        self.reference = reference
        self.payment = payment
    }
}
