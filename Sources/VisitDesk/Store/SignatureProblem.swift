/// A stamped event whose signature does not hold: `verify` names it before anything else.
public struct SignatureProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The event names a device this store knows no key of (neither this device nor one in `teamDevice`).
        case unknownDevice
        /// The signature is not the device's over the event as it is now, or the event has no signature.
        case badSignature
    }

    /// `visit 12` or `case HB-2025-0113`.
    public var subject: String
    public var sequence: Int
    /// The device the event names; empty when it names none.
    public var device: String
    public var operatorName: String
    public var kind: Kind

    public init(subject: String, sequence: Int, device: String, operatorName: String, kind: Kind) {
        self.subject = subject
        self.sequence = sequence
        self.device = device
        self.operatorName = operatorName
        self.kind = kind
    }

    public var description: String {
        let signer = "device \(SafeText.neutralised(device))" + (operatorName.isEmpty ? "" : " (\(SafeText.neutralised(operatorName)))")
        switch kind {
        case .unknownDevice:
            return "\(subject), event \(sequence): signed by \(signer), which this database does not know (no key for it in the team's devices)"
        case .badSignature:
            return "\(subject), event \(sequence): the signature is not that of \(signer) (the event, its operator or its device was changed after it was signed)"
        }
    }
}
