import ArgumentParser
import Foundation
import RecordPDF
import VisitDesk

/// `visitdesk print VISIT`: lays the visit's record out as a PDF and submits it to CUPS.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a visit's record through CUPS (as a PDF, so Chinese prints right) and say the job number.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The visit id, as `visitdesk visits` lists it.", valueName: "visit"))
    var visitID: Int64

    @Option(help: ArgumentHelp("The CUPS queue (default: the system default, as `lpstat -d` names it).", valueName: "name"))
    var printer: String?

    @Option(help: ArgumentHelp("How many copies, \(PrintService.copies.lowerBound) to \(PrintService.copies.upperBound).", valueName: "n"))
    var copies = 1

    @Option(help: "The paper: a4 or letter.")
    var paper: Paper = .a4

    @Option(help: "Language: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    func validate() throws {
        guard PrintService.copies.contains(copies) else {
            throw ValidationError(PrintError.copiesOutOfRange(given: "\(copies)").message(.en))
        }
    }

    func run() throws {
        let config = try VisitDeskConfig.load()
        let language = LanguageChoice.resolve(lang, config: config)
        let store = try database.openExisting()
        let (summary, loanCase) = try SummaryLoader.summary(
            store: store, visitID: visitID, playbooks: PlaybookLibrary(directory: PlaybookLibrary.defaultDirectory()),
            rules: config.rules, reveal: false, now: Date())
        let record = PrintableRecord(summary: summary, loanCase: loanCase, visitID: visitID, language: language, paper: paper)
        do throws(PrintError) {
            let job = try PrintService(environment: ProcessInfo.processInfo.environment)
                .submit(pdf: try record.pdf(), to: printer, copies: copies, media: paper.media, title: record.title)
            CommandOutput.print(job.message(language))
        } catch {
            CommandOutput.error("visitdesk: \(error.message(language))")
            throw ExitCode(1)
        }
    }
}
