import ArgumentParser
import Foundation
import VisitDesk

/// How a summary is printed.
enum SummaryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

/// `visitdesk summary VISIT`: prints a visit's summary.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the record of a visit: case, visit, outcome, compliance warnings, what was not done, stages, notes and the chain head to check it by.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id, as `visitdesk visits` lists it.", valueName: "visit"))
    var visitID: Int64

    @Option(help: "text (fixed-width, printable), markdown or json.")
    var format: SummaryOutputFormat = .text

    @Option(help: ArgumentHelp("Columns of the text form (at least \(SummaryText.minimumWidth)).", valueName: "columns"))
    var width = 80

    @Option(help: "Language: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    @Flag(help: "Show phone and ID numbers in full (logged in the case's access log).")
    var reveal = false

    func validate() throws {
        guard width >= SummaryText.minimumWidth, width <= 1_000 else {
            throw ValidationError("--width must be between \(SummaryText.minimumWidth) and 1000 columns, not \(width).")
        }
    }

    func run() throws {
        let config = try VisitDeskConfig.load()
        let store = try database.openExisting()
        let (summary, loanCase) = try SummaryLoader.summary(
            store: store, visitID: visitID, playbooks: PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory()),
            rules: config.rules, reveal: reveal, now: Date())
        if reveal { try CommandReveal.record([loanCase], in: store) }
        let language = LanguageChoice.resolve(lang, config: config)
        switch format {
        case .text: CommandOutput.print(SummaryText(summary: summary, language: language, width: width).lines.joined(separator: "\n"))
        case .markdown: CommandOutput.print(summary.markdown(language: language))
        case .json: CommandOutput.print(summary.json())
        }
    }
}
