import VisitDesk

/// Why a record could not be laid out as a PDF.
public enum RecordPDFError: Error, Equatable, CustomStringConvertible {
    /// Cairo refused a step (`stage`), with its own status message.
    case cairo(stage: String, message: String)
    /// fontconfig found no font with Chinese characters: without one every character
    /// would print as an empty box.
    case noChineseFont(found: String)
    /// libqrencode could not encode the match code (too long, or out of memory).
    case qrCode(reason: String)

    public var description: String { message(in: .en) }

    /// The message in the desk's language.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.cairo(let stage, let message), .en):
            "the PDF could not be drawn (\(stage)): \(message)"
        case (.cairo(let stage, let message), .zh):
            "无法生成 PDF（\(stage)）：\(message)"
        case (.noChineseFont(let found), .en):
            "no font with Chinese characters was found (fontconfig offered \(found)); install one, e.g. `apt-get install fonts-noto-cjk`"
        case (.noChineseFont(let found), .zh):
            "找不到含中文字符的字体（fontconfig 给出的是 \(found)），请安装，例如 `apt-get install fonts-noto-cjk`"
        case (.qrCode(let reason), .en):
            "the QR code of the record could not be made: \(reason)"
        case (.qrCode(let reason), .zh):
            "无法生成记录的二维码：\(reason)"
        }
    }
}
