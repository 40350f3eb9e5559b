/// Why an operator profile, a device identity or a signature could not be made, read or trusted.
public enum TeamError: ExplainedError, Equatable, Sendable {
    /// `--operator` is not `name/badge`, or its badge is not letters, digits and `-`.
    case badOperator(typed: String, reason: LocalizedText)
    /// `init --operator` on a machine that already has a device identity for another operator.
    case otherOperator(existing: Visitor, folder: String)
    /// No device identity: `visitdesk init --operator` was never run with this configuration folder.
    case noIdentity(folder: String)
    /// The identity files exist but cannot be read or do not hold a valid key.
    case unreadableIdentity(path: String, reason: String)
    case cannotWriteIdentity(path: String, reason: String)

    public var explanation: LocalizedText {
        switch self {
        case .badOperator(let typed, let reason):
            return LocalizedText(zh: "操作员“\(typed)”无效：\(reason.zh)；应写成 姓名/工号，例如 王磊/WF-0312",
                                 en: "the operator \"\(typed)\" is not valid: \(reason.en); write it as name/badge, for example 王磊/WF-0312")
        case .otherOperator(let existing, let folder):
            return LocalizedText(zh: "本机（\(folder)）已登记操作员 \(existing.typed)；未做任何更改",
                                 en: "this machine (\(folder)) is already set up for the operator \(existing.typed); nothing was changed")
        case .noIdentity(let folder):
            return LocalizedText(zh: "本机尚无设备身份（\(folder)）；请先运行 visitdesk init --operator \"姓名/工号\"",
                                 en: "this machine has no device identity (\(folder)); run visitdesk init --operator \"name/badge\" first")
        case .unreadableIdentity(let path, let reason):
            return LocalizedText(zh: "无法读取设备身份 \(path)：\(reason)", en: "cannot read the device identity \(path): \(reason)")
        case .cannotWriteIdentity(let path, let reason):
            return LocalizedText(zh: "无法写入设备身份 \(path)：\(reason)；未做任何更改",
                                 en: "cannot write the device identity \(path): \(reason); nothing was changed")
        }
    }
}
