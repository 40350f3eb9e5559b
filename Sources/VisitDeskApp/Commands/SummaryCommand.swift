import ArgumentParser
import Foundation
import VisitDesk

/// How a summary is printed.
enum SummaryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
}

/// `visitdesk summary VISIT`: prints a visit's summary.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the summary of a visit: stages, checklist, notes, outcome, rule warnings and audit hash.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id, as `visitdesk visits` lists it.", valueName: "visit"))
    var visitID: Int64

    @Option(help: "markdown or json.")
    var format: SummaryOutputFormat = .markdown

    @Option(help: "Language: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    @Flag(help: "Show phone and ID numbers in full.")
    var reveal = false

    func run() throws {
        let summary = try SummaryCommand.summary(visitID: visitID, database: database, reveal: reveal)
        let config = try VisitDeskConfig.load()
        switch format {
        case .markdown: print(summary.markdown(language: LanguageChoice.resolve(lang, config: config)))
        case .json: print(summary.json())
        }
    }

    /// Gathers the summary of a visit with the user's rules and playbooks.
    static func summary(visitID: Int64, database: DatabaseOptions, reveal: Bool, now: Date = Date()) throws -> VisitSummary {
        let store = try database.open()
        let visit = try store.visit(id: visitID)
        guard let loanCase = try store.loanCase(id: visit.caseID) else { throw StoreError.caseNotFound(id: visit.caseID) }
        let library = PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory())
        guard let playbook = library.playbook(id: visit.playbookID) else {
            throw CommandFailure.noSuchPlaybook(id: visit.playbookID, known: library.playbooks.map(\.id))
        }
        let config = try VisitDeskConfig.load()
        return VisitSummary.make(visit: visit, loanCase: loanCase, playbook: playbook, rules: config.rules,
                                 revealing: reveal ? Set(PersonalField.allCases) : visit.revealed, now: now)
    }
}
