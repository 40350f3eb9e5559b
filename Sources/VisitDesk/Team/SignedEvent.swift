import Foundation

/// One event as it travels between a device and the team's server: its stream (a visit by
/// global id, or one device's records of a case), its chained content exactly as stored, and
/// who recorded and signed it. The payload is never re-encoded on the way, so the hash and the
/// signature still check wherever it arrives.
public struct SignedEvent: Hashable, Sendable {
    public enum Stream: Hashable, Sendable {
        /// A visit by its global id.
        case visit(uid: String)
        /// The records of a case (by reference) as one device chained them.
        case caseRecords(reference: String)

        /// `visit/<uid>` or `case/<reference>`: what the signature names.
        public var name: String {
            switch self {
            case .visit(let uid): EventSignature.visitStream(uid)
            case .caseRecords(let reference): EventSignature.caseStream(reference)
            }
        }
    }

    public var stream: Stream
    public var sequence: Int
    public var kind: String
    public var at: Date
    public var payload: String
    public var hash: String
    public var operatorName: String
    public var device: String
    public var signature: String

    public init(stream: Stream, sequence: Int, kind: String, at: Date, payload: String, hash: String,
                operatorName: String, device: String, signature: String) {
        self.stream = stream
        self.sequence = sequence
        self.kind = kind
        self.at = at
        self.payload = payload
        self.hash = hash
        self.operatorName = operatorName
        self.device = device
        self.signature = signature
    }

    /// What the device signed.
    public var signedMessage: Data {
        EventSignature.message(stream: stream.name, sequence: sequence, hash: hash, device: device, operatorName: operatorName)
    }

    /// Whether the signature is `publicKey`'s.
    public func isSigned(by publicKey: String) -> Bool {
        EventSignature.isValid(signature: signature, publicKey: publicKey, message: signedMessage)
    }

    /// Whether `hash` is SHA-256 of `previousHash` followed by the payload: the event continues that chain.
    public func continues(_ previousHash: String) -> Bool {
        EventChain.hash(previous: previousHash, payload: payload) == hash
    }

    /// The visit event this carries, numbered `visitID` here; an error names what is wrong with it.
    public func visitEvent(visitID: Int64) throws(StoreError) -> VisitEvent {
        try EventChain.decode(visitID: visitID, sequence: sequence, payload: payload, hash: hash, decoder: JSONDecoder())
    }
}
