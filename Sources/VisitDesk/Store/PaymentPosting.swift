/// The answer of `VisitStore.postPayments`: every payment posted, or none and why.
public enum PaymentPosting: Equatable, Sendable {
    case posted(PostedPayments)
    case refused(PaymentImportError)
}
