import Crypto
import Foundation

/// What a device signs for each event, and how a signature is checked. The message binds the
/// event's hash (which covers its content and the chain before it) to the stream it belongs
/// to — a visit by its global id, or a case's records by reference — and to the device and
/// operator that recorded it, so none of them can be swapped without breaking the signature.
public enum EventSignature {
    /// `visit/<uid>` or `case/<reference>`.
    public static func visitStream(_ uid: String) -> String { "visit/\(uid)" }
    public static func caseStream(_ reference: String) -> String { "case/\(reference)" }

    public static func message(stream: String, sequence: Int, hash: String, device: String, operatorName: String) -> Data {
        Data("visitdesk-event-v1\n\(stream)\n\(sequence)\n\(hash)\n\(device)\n\(operatorName)".utf8)
    }

    /// Whether `signature` (base64) is `publicKey`'s (base64, raw 32 bytes) over `message`.
    public static func isValid(signature: String, publicKey: String, message: Data) -> Bool {
        guard let signatureData = Data(base64Encoded: signature), let keyData = Data(base64Encoded: publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyData) else { return false }
        return key.isValidSignature(signatureData, for: message)
    }
}
