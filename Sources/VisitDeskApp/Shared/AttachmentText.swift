import VisitDesk

/// How an evidence file is named on screen: `door.jpg (image/jpeg, 48 KB) “the door” sha256 3f2a…`.
enum AttachmentText {
    static func line(_ attachment: Attachment) -> String {
        let caption = attachment.caption.isEmpty ? "" : " “\(attachment.caption)”"
        return "\(attachment.name) (\(attachment.type), \(size(attachment.size)))\(caption) sha256 \(attachment.sha256.prefix(12))…"
    }

    /// `812 B`, `48 KB`, `3.2 MB`.
    static func size(_ bytes: Int64) -> String {
        if bytes < 1_024 { return "\(bytes) B" }
        if bytes < 1_048_576 { return "\(bytes / 1_024) KB" }
        let tenths = bytes * 10 / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
