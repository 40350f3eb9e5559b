/// A case reference as a payments file gives it, and where: the case is looked up when the
/// file is posted (`VisitStore.postPayments`), and a reference no case has is reported there.
public struct PaymentReference: Hashable, Sendable {
    public var text: String
    /// The line the record starts on.
    public var line: Int
    /// The 1-based column of the reference.
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
