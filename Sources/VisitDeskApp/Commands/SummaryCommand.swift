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
        abstract: "Print the summary of a visit: stages, checklist, notes, outcome, rule warnings and audit hash.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id, as `visitdesk visits` lists it.", valueName: "visit"))
    var visitID: Int64

    @Option(help: "text (fixed-width, printable), markdown or json.")
    var format: SummaryOutputFormat = .text

    @Option(help: "Language: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    @Flag(help: "Show phone and ID numbers in full.")
    var reveal = false

    func run() throws {
        let config = try VisitDeskConfig.load()
        let (summary, _) = try SummaryLoader.summary(
            store: try database.openExisting(), visitID: visitID, playbooks: PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory()),
            rules: config.rules, reveal: reveal, now: Date())
        let language = LanguageChoice.resolve(lang, config: config)
        switch format {
        case .text: print(SummaryText(summary: summary, language: language).lines.joined(separator: "\n"))
        case .markdown: print(summary.markdown(language: language))
        case .json: print(summary.json())
        }
    }
}
