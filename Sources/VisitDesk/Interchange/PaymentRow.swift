/// One repayment of a payments file, checked as far as the file alone allows.
public struct PaymentRow: Hashable, Sendable {
    /// The case it is for.
    public var reference: PaymentReference
    /// Day, amount and source (`file.csv:line`).
    public var payment: Payment

    public init(reference: PaymentReference, payment: Payment) {
        self.reference = reference
        self.payment = payment
    }

    /// The line the record starts on.
    public var line: Int { reference.line }
}
