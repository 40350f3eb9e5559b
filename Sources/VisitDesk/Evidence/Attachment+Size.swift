extension Attachment {
    /// `812 B`, `48 KB`, `3.2 MB`: the size as records and screens show it. A size out of range
    /// (a hand-edited record) is shown in bytes as it is.
    public static func sizeText(_ bytes: Int64) -> String {
        guard bytes >= 1_024, bytes <= Int64.max / 10 else { return "\(bytes) B" }
        if bytes < 1_048_576 { return "\(bytes / 1_024) KB" }
        let tenths = bytes * 10 / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// `door.jpg (image/jpeg, 48 KB)`.
    public var nameTypeAndSize: String { "\(name) (\(type), \(Self.sizeText(size)))" }
}
