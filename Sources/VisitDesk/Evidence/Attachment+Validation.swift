import Crypto

extension Attachment {
    /// What makes the attachment impossible to keep, or nil: its hash must be 64 lowercase hex
    /// digits (the name of its file in the evidence folder) and its size within 0…`EvidenceFolder.maximumSize`.
    public var invalidity: LocalizedText? {
        guard SHA256.Digest.isLowercaseHex(sha256) else {
            return LocalizedText(zh: "附件 \(name) 的哈希不是 64 位小写十六进制数", en: "the hash of the evidence file \(name) is not 64 lowercase hex digits")
        }
        guard (0...EvidenceFolder.maximumSize).contains(size) else {
            return LocalizedText(zh: "附件 \(name) 的大小 \(size) 不在 0…\(EvidenceFolder.maximumSize) 字节之内",
                                 en: "the size \(size) of the evidence file \(name) is outside 0…\(EvidenceFolder.maximumSize) bytes")
        }
        return nil
    }
}
