/// The media type an evidence file is recorded with, from its name's extension (case ignored):
/// the photos, recordings, videos, scans and notes an agent keeps; anything else is
/// `application/octet-stream`. The content is not sniffed: the type only helps a reader
/// choose a program, the hash is what proves the file.
public enum EvidenceMediaType {
    public static let unknown = "application/octet-stream"

    private static let byExtension: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "heic": "image/heic",
        "pdf": "application/pdf",
        "m4a": "audio/mp4", "mp3": "audio/mpeg", "wav": "audio/wav", "aac": "audio/aac",
        "mp4": "video/mp4", "mov": "video/quicktime",
        "txt": "text/plain",
    ]

    /// `image/jpeg` for `door.JPG`; `application/octet-stream` for `notes` or `a.docx`.
    public static func of(name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return unknown }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? unknown
    }
}
