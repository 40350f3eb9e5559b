import ArgumentParser
import Foundation
import RecordPDF
import VisitDesk

/// How a summary is printed.
enum SummaryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, pdf
}

/// `visitdesk summary VISIT`: prints a visit's summary.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the record of a visit: case, visit, outcome, compliance warnings, what was not done, stages, notes and the chain head to check it by.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id, as `visitdesk visits` lists it.", valueName: "visit"))
    var visitID: Int64

    @Option(help: "text (fixed-width, printable), markdown, json or pdf (needs --out).")
    var format: SummaryOutputFormat = .text

    @Option(help: ArgumentHelp("Columns of the text form (at least \(SummaryText.minimumWidth)).", valueName: "columns"))
    var width = 80

    @Option(help: "Language: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    @Flag(help: "Show phone and ID numbers in full (logged in the case's access log).")
    var reveal = false

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of stdout; never the database.", valueName: "file"))
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    @Option(help: "Paper of the pdf form: a4 (default) or letter.")
    var paper: Paper?

    func validate() throws {
        guard width >= SummaryText.minimumWidth, width <= 1_000 else {
            throw ValidationError("--width must be between \(SummaryText.minimumWidth) and 1000 columns, not \(width).")
        }
        if format == .pdf, out == nil {
            throw ValidationError("--format pdf writes a binary file: give it with --out FILE (a PDF is not shown in a terminal).")
        }
        if paper != nil, format != .pdf { throw ValidationError("--paper is for --format pdf.") }
    }

    func run() throws {
        let file = out.map { OutputFile(path: $0, replacing: force, databasePath: database.path) }
        try file?.check()
        let config = try VisitDeskConfig.load()
        let store = try database.openExisting()
        let (summary, loanCase) = try SummaryLoader.summary(
            store: store, visitID: visitID, playbooks: PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory()),
            rules: config.rules, reveal: reveal, now: Date())
        if reveal { try CommandReveal.record([loanCase], in: store) }
        let language = LanguageChoice.resolve(lang, config: config)
        switch format {
        case .text: try CommandOutput.write(SummaryText(summary: summary, language: language, width: width).lines.joined(separator: "\n"), to: file)
        case .markdown: try CommandOutput.write(summary.markdown(language: language), to: file)
        case .json: try CommandOutput.write(summary.json(), to: file)
        case .pdf:
            let pdf = try RecordPDF.render(summary.document(language: language), paper: paper ?? .a4)
            try file?.write(pdf)
        }
        if let out { CommandOutput.error("wrote the summary to \(out)") }
    }
}
