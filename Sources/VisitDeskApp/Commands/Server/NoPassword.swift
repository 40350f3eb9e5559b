import TeamServer
import VisitDesk

/// The server could not be reached and no password for its login was found anywhere: say
/// where one goes, never asking for it on the command line.
struct NoPassword: ExplainedError {
    var address: ServerAddress
    var reason: String

    var explanation: LocalizedText {
        let host = address.isUnixSocket ? "localhost" : address.host
        let line = "\(host):\(address.port):\(address.database):\(address.user):PASSWORD"
        return LocalizedText(
            zh: "无法连接服务器 \(address)（\(reason)），且没有找到 \(address.user) 的密码：请设置环境变量 PGPASSWORD，或在 ~/.pgpass（权限 0600）中加一行 \(line)",
            en: "cannot reach the server \(address) (\(reason)) and no password for \(address.user) was found: set PGPASSWORD, or add the line \(line) to ~/.pgpass (mode 0600)")
    }
}
