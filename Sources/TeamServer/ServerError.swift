import VisitDesk

/// Why the team's server could not be reached or refused what was asked. Messages never hold a
/// password: addresses are shown without one, and server messages are passed through `SafeText`.
public enum ServerError: ExplainedError, Equatable, Sendable {
    /// No `--pg`, no `VISITDESK_PG`, no `[team] server` in the configuration and no enrolment.
    case noServer
    case badAddress(address: String, reason: String)
    /// The address itself holds a password: credentials belong in the password file or `PGPASSWORD`.
    case passwordInAddress
    case cannotConnect(address: String, reason: String)
    /// The server answered with an error (`reason` is its message, neutralised).
    case refused(reason: String)
    /// The schema on the server is newer than this program knows.
    case newerSchema(found: Int, known: Int)
    case schemaMissing(address: String)
    /// Sync needs this desk's device identity, to sign and name what it sends.
    case noDeviceIdentity
    /// The local database failed during a sync (its explanation).
    case localStore(StoreError)

    public var explanation: LocalizedText {
        switch self {
        case .noServer:
            return LocalizedText(zh: "没有配置团队服务器：请用 --pg、环境变量 VISITDESK_PG 或配置文件 [team] server 指定",
                                 en: "no team server is configured: give --pg, set VISITDESK_PG or [team] server in the configuration file")
        case .badAddress(let address, let reason):
            return LocalizedText(zh: "服务器地址 \(address) 无效：\(reason)", en: "the server address \(address) is not valid: \(reason)")
        case .passwordInAddress:
            return LocalizedText(zh: "服务器地址中不能包含密码；请把密码放在密码文件（权限 0600）或环境变量 PGPASSWORD 中",
                                 en: "the server address must not hold a password; put it in the password file (mode 0600) or PGPASSWORD")
        case .cannotConnect(let address, let reason):
            return LocalizedText(zh: "无法连接服务器 \(address)：\(reason)", en: "cannot reach the server \(address): \(reason)")
        case .refused(let reason):
            return LocalizedText(zh: "服务器拒绝：\(reason)", en: "the server refused: \(reason)")
        case .newerSchema(let found, let known):
            return LocalizedText(zh: "服务器的结构版本 \(found) 比本程序所知的 \(known) 新；请升级 visitdesk",
                                 en: "the server's schema is version \(found), newer than the \(known) this program knows; upgrade visitdesk")
        case .schemaMissing(let address):
            return LocalizedText(zh: "服务器 \(address) 上还没有 VisitDesk 的结构；请先运行 visitdesk server init",
                                 en: "the server \(address) holds no VisitDesk schema; run visitdesk server init first")
        case .noDeviceIdentity:
            return LocalizedText(zh: "本机没有设备身份，无法同步；请先运行 visitdesk init --operator \"姓名/工号\" 并用 visitdesk enroll 登记",
                                 en: "this desk has no device identity, so it cannot sync; run visitdesk init --operator \"name/badge\" and visitdesk enroll first")
        case .localStore(let error):
            return LocalizedText(zh: "同步时本地数据库出错：\(error.explanation.zh)", en: "the local database failed during the sync: \(error.explanation.en)")
        }
    }
}
