import Crypto
import Foundation

/// This device on the team: its id, the operator working it, and its Ed25519 key. Every event
/// written while it is known is stamped with operator and device and signed with the key
/// (`EventSignature`); the team's server holds the public key from the device's enrolment.
public struct DeviceIdentity: Sendable {
    /// A UUID, lower-case: unique across every device of every team.
    public let deviceID: String
    public let operatorProfile: Visitor
    /// The raw private key (kept as bytes: swift-crypto's key type is not `Sendable`).
    let privateKeyData: Data
    /// The raw public key, base64: what enrolment sends to the server.
    public let publicKey: String

    public init(deviceID: String, operatorProfile: Visitor, privateKey: Curve25519.Signing.PrivateKey) {
        self.deviceID = deviceID
        self.operatorProfile = operatorProfile
        privateKeyData = privateKey.rawRepresentation
        publicKey = privateKey.publicKey.rawRepresentation.base64EncodedString()
    }

    /// A new device for `operatorProfile`, with a fresh id and key.
    public static func generate(for operatorProfile: Visitor) -> DeviceIdentity {
        DeviceIdentity(deviceID: UUID().uuidString.lowercased(), operatorProfile: operatorProfile,
                       privateKey: Curve25519.Signing.PrivateKey())
    }

    /// `王磊/WF-0312`: how events name their operator.
    public var operatorName: String { operatorProfile.typed }

    /// The base64 signature of `message`.
    public func signature(of message: Data) -> String {
        // Signing with a valid key over bytes in memory does not fail; an error here would be a
        // broken crypto library, and an unsigned event is refused by the server rather than lost.
        let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyData)
        return ((try? key?.signature(for: message)) ?? Data()).base64EncodedString()
    }
}
