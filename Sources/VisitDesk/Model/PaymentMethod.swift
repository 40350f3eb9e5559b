/// How money is paid. The desk offers only the lender's official channels (`offered`);
/// `cashWithReceipt` is never offered any more but still decodes, so visits recorded with
/// it fold and show as they were.
public enum PaymentMethod: Hashable, Sendable {
    /// Repayment through Alipay to the lender.
    case alipayAutoDebit
    /// A bank transfer to the lender's own account.
    case bankTransfer
    /// Cash against a receipt: only in records made before cash was withdrawn.
    case cashWithReceipt
    /// Another channel, described in words ("" in records made before the description existed).
    case other(description: String)

    /// The methods a form offers, in order.
    public static let offered: [PaymentMethod] = [.alipayAutoDebit, .bankTransfer, .other(description: "")]

    /// The stable code of the method, as stored and exported: `alipayAutoDebit`, `other`, …
    public var code: String {
        switch self {
        case .alipayAutoDebit: "alipayAutoDebit"
        case .bankTransfer: "bankTransfer"
        case .cashWithReceipt: "cashWithReceipt"
        case .other: "other"
        }
    }

    /// The words describing an `other` method; nil for the named methods.
    public var otherDescription: String? {
        if case .other(let description) = self { description } else { nil }
    }

    /// The method with the same code as `code` (an `other` without description); nil for an unknown code.
    public init?(code: String) {
        switch code {
        case "alipayAutoDebit": self = .alipayAutoDebit
        case "bankTransfer": self = .bankTransfer
        case "cashWithReceipt": self = .cashWithReceipt
        case "other": self = .other(description: "")
        default: return nil
        }
    }
}
