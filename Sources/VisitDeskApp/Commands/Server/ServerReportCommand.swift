import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk server report`: the supervisor's view of a day, per agent, from the team's server.
struct ServerReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a day's work on the team's server per agent: visits, outcomes, amounts promised and planned, obligations kept and broken, compliance warnings and conflicts.",
        discussion: """
            An agent's work is what their devices recorded. Obligations are those agreed in the day's visits, \
            settled against the payments posted on the server as of today (the server keeps no index of what falls due on a day). \
            A conflict is a case visited from two devices or more that day.
            """)

    @OptionGroup var server: ServerOptions

    @OptionGroup var day: DayOption

    @Option(help: ArgumentHelp("Only this agent's day: their badge.", valueName: "badge"))
    var agent: String?

    @OptionGroup var layout: ReportLayoutOptions

    func validate() throws {
        if let agent, agent.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--agent needs a badge.") }
    }

    func run() throws {
        let config = try server.config()
        let now = Date()
        let date = try day.day(in: config.rules.timeZone, now: now)
        let connection = try server.connect(config)
        defer { connection.close() }
        let reader = ServerReportReader(timeZone: config.rules.timeZone, playbooks: PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory()),
                                        rules: RuleEngine(config: config.rules), paymentRule: config.paymentRule)
        let report = try reader.report(on: date, badge: agent?.trimmingCharacters(in: .whitespaces), server: connection, now: now)
        let language = server.language(config)
        switch layout.format {
        case .text:
            guard !report.agents.isEmpty else {
                CommandOutput.print(language == .zh ? "\(date) 服务器上没有任何人员的工作记录。" : "Nobody's work is on the server for \(date).")
                return
            }
            CommandOutput.print(report.documents(language: language).map { SummaryText(document: $0, width: layout.width).lines.joined(separator: "\n") }
                .joined(separator: "\n\n"))
        case .markdown: CommandOutput.print(report.markdown(language: language))
        case .json: CommandOutput.print(report.json())
        }
    }
}
