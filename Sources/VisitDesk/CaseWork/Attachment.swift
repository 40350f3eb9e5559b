/// An evidence file kept with a visit or a case: a photo, a recording, a scanned signed letter.
/// The file itself is in the store's evidence folder under its SHA-256.
public struct Attachment: Codable, Hashable, Sendable {
    /// The file's name as attached (its last path component).
    public var name: String
    /// Size in bytes.
    public var size: Int64
    /// Media type from the name's extension, e.g. `image/jpeg`.
    public var type: String
    /// SHA-256 of the content, lowercase hex: also the file's name in the evidence folder.
    public var sha256: String
    public var caption: String

    public init(name: String, size: Int64, type: String, sha256: String, caption: String) {
        self.name = name
        self.size = size
        self.type = type
        self.sha256 = sha256
        self.caption = caption
    }
}
