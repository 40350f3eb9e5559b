import Crypto

extension SHA256.Digest {
    /// The digest as 64 lowercase hex digits, as hashes are stored and shown everywhere.
    var lowercaseHex: String {
        map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Whether `text` has the form of a stored hash: exactly 64 lowercase hex digits.
    static func isLowercaseHex(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
