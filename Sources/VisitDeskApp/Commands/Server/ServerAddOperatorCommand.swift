import ArgumentParser
import TeamServer
import VisitDesk

/// `visitdesk server add-operator "王磊/WF-0312" --pg URL`: the operator gets a PostgreSQL login
/// of their own, and the one-time enrolment token their device uses once, alone on the last
/// line so a script can take it (`tail -n 1`).
struct ServerAddOperatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-operator",
        abstract: "Add an operator (a login of their own) and print a one-time enrolment token on the last line.",
        discussion: """
            Run again for an operator who has not enrolled yet, it replaces the token. Once their device has enrolled it is refused, \
            unless --replace-devices: for a lost or replaced laptop, the new token becomes the login's password, so the devices \
            enrolled before can no longer sign in; what they recorded stays on the server and verifies.
            """)

    @OptionGroup var server: ServerOptions

    @Argument(help: ArgumentHelp("The operator as name/badge (王磊/WF-0312).", valueName: "name/badge"))
    var person: String

    @Flag(help: "For an operator already enrolled (a lost or replaced laptop): a new token, and their earlier devices can no longer sign in.")
    var replaceDevices = false

    func run() throws {
        let visitor = try OperatorProfile.parse(person)
        let config = try server.config()
        let connection = try server.connect(config)
        defer { connection.close() }
        let added = try TeamAdmin.addOperator(visitor, replacingDevices: replaceDevices, on: connection)
        let agentAddress = connection.address.loggedIn(as: added.login).description
        let who = SafeText.neutralised(visitor.typed)
        let text = LocalizedText(
            zh: """
                已添加操作员 \(who)，数据库登录名 \(added.login)
                在该操作员的电脑上各运行一次：
                  visitdesk init --operator "\(who)"
                  visitdesk enroll --pg '\(agentAddress)' --token 令牌
                一次性登记令牌（只显示这一次；设备登记后失效）：
                """,
            en: """
                added the operator \(who), with the login \(added.login)
                on the operator's laptop, once each:
                  visitdesk init --operator "\(who)"
                  visitdesk enroll --pg '\(agentAddress)' --token TOKEN
                the one-time enrolment token (shown only now; it stops working once a device enrols):
                """)
        let language = server.language(config)
        if added.replacedDevices > 0 {
            CommandOutput.print(LocalizedText(
                zh: "该操作员此前登记的 \(added.replacedDevices) 台设备已不能登录服务器；它们记录的内容仍保留并可验证",
                en: "the \(added.replacedDevices) device(s) the operator enrolled before can no longer sign in; what they recorded stays and verifies")[language])
        }
        CommandOutput.print(text[language])
        CommandOutput.print(added.token)
    }
}
