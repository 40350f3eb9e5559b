import ArgumentParser
import Foundation
import VisitDesk

/// How a day's report is printed.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

/// `visitdesk report`: the day's report, as the desk's `R` shows it.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the day's report: visits, outcomes, amounts promised and planned, obligations due and kept, contact attempts, appointments and compliance warnings.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    @Option(help: ArgumentHelp("Only this agent's day: a visitor's name or badge, or the case's assigned agent.", valueName: "name"))
    var agent: String?

    @OptionGroup var layout: ReportLayoutOptions

    @Option(help: "Language: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    func validate() throws {
        if let agent, agent.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--agent needs a name or badge.") }
    }

    func run() throws {
        let config = try VisitDeskConfig.load()
        let now = Date()
        let date = try day.day(in: config.rules.timeZone, now: now)
        let store = try database.openExisting()
        let report = try store.dayReport(on: date, agent: agent.map(DayReport.Agent.init), timeZone: config.rules.timeZone,
                                         playbooks: PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory()),
                                         rules: RuleEngine(config: config.rules), now: now)
        let language = LanguageChoice.resolve(lang, config: config)
        switch layout.format {
        case .text: CommandOutput.print(SummaryText(document: report.document(language: language), width: layout.width).lines.joined(separator: "\n"))
        case .markdown: CommandOutput.print(report.markdown(language: language))
        case .json: CommandOutput.print(report.json())
        }
    }
}
