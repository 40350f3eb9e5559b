/// Why a file could not be kept as evidence, or copied out again. Each case names the path.
public enum EvidenceError: ExplainedError, Equatable, Sendable {
    case missing(path: String)
    case isDirectory(path: String)
    /// A device, socket or pipe: not a file whose content can be kept.
    case notAFile(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, size: Int64)
    /// The evidence folder beside the database cannot be made or written.
    case cannotStore(folder: String, reason: String)
    /// The file the record names is not in the evidence folder (or no longer has its content).
    case notKept(name: String, sha256: String)
    case cannotWrite(path: String, reason: String)
    /// The folder files are copied out to exists and is not an empty folder.
    case outputNotEmpty(path: String)

    public var explanation: LocalizedText {
        let limit = EvidenceFolder.maximumSize / 1_048_576
        switch self {
        case .missing(let path):
            return LocalizedText(zh: "找不到文件 \(path)；未保存任何内容", en: "there is no file \(path); nothing was saved")
        case .isDirectory(let path):
            return LocalizedText(zh: "\(path) 是文件夹，只能附加单个文件；未保存任何内容",
                                 en: "\(path) is a folder; attach one file at a time; nothing was saved")
        case .notAFile(let path):
            return LocalizedText(zh: "\(path) 不是普通文件（设备、管道或套接字）；未保存任何内容",
                                 en: "\(path) is not a regular file (a device, pipe or socket); nothing was saved")
        case .unreadable(let path, let reason):
            return LocalizedText(zh: "无法读取 \(path)：\(reason)；未保存任何内容", en: "cannot read \(path): \(reason); nothing was saved")
        case .tooLarge(let path, let size):
            return LocalizedText(zh: "\(path) 有 \(size) 字节，超过附件上限 \(limit) MB；未保存任何内容",
                                 en: "\(path) is \(size) bytes, more than the \(limit) MB an evidence file may be; nothing was saved")
        case .cannotStore(let folder, let reason):
            return LocalizedText(zh: "无法写入附件文件夹 \(folder)：\(reason)；未保存任何内容",
                                 en: "cannot write the evidence folder \(folder): \(reason); nothing was saved")
        case .notKept(let name, let sha256):
            return LocalizedText(zh: "附件 \(name)（sha256 \(sha256)）不在附件文件夹中或内容已改变；请运行 `visitdesk verify`",
                                 en: "the evidence file \(name) (sha256 \(sha256)) is missing from the evidence folder or was changed; run `visitdesk verify`")
        case .cannotWrite(let path, let reason):
            return LocalizedText(zh: "无法写入 \(path)：\(reason)", en: "cannot write \(path): \(reason)")
        case .outputNotEmpty(let path):
            return LocalizedText(zh: "\(path) 已存在且不是空文件夹；什么也没写（请给一个新的或空的文件夹）",
                                 en: "\(path) exists and is not an empty folder; nothing written (give a new or empty folder)")
        }
    }
}
