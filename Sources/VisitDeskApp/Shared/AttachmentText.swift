import VisitDesk

/// How evidence files are named on screen: a timeline line, the visit pane's short list, the
/// review's section and the word said once one is kept.
enum AttachmentText {
    /// `door.jpg (image/jpeg, 48 KB) “the door” sha256 3f2a…`.
    static func line(_ attachment: Attachment) -> String {
        let caption = attachment.caption.isEmpty ? "" : " “\(attachment.caption)”"
        return "\(attachment.nameTypeAndSize)\(caption) sha256 \(attachment.sha256.prefix(12))…"
    }

    /// `附件 2：door.jpg, 门牌.png` / `evidence 2: door.jpg, 门牌.png` — the visit pane's line; nil with none.
    static func shortList(_ attachments: [Attachment], language: Language) -> String? {
        guard !attachments.isEmpty else { return nil }
        let names = attachments.map(\.name).joined(separator: ", ")
        return LocalizedText(zh: "附件 \(attachments.count)：", en: "evidence \(attachments.count): ")[language] + names
    }

    /// The review's lines for the visit's files: time, name, type, size, caption, then the full hash.
    static func reviewLines(_ evidence: [AttachedEvidence], clock: VisitClock) -> [String] {
        evidence.flatMap { attached in
            let attachment = attached.attachment
            let caption = attachment.caption.isEmpty ? "" : " “\(attachment.caption)”"
            return ["   \(clock.time(attached.at)) \(attachment.nameTypeAndSize)\(caption)", "      sha256 \(attachment.sha256)"]
        }
    }

    /// `附件已保存 door.jpg` / `evidence kept: door.jpg`.
    static func kept(_ attachment: Attachment, language: Language) -> String {
        LocalizedText(zh: "附件已保存 \(attachment.name)", en: "evidence kept: \(attachment.name)")[language]
    }
}
