import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk today`: the day's worklist, as the desk's `t` shows it.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "List the day's work: appointments in time order, obligations due or lapsed in the 7 days before, and cases whose next action is due.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DayOption

    @Option(help: "table or json.")
    var format: ListFormat = .table

    @Option(help: "Language of the table: zh or en (default: the configuration's, else the locale's).")
    var lang: LanguageChoice?

    func run() throws {
        let config = try VisitDeskConfig.load()
        let date = try day.day(in: config.rules.timeZone)
        let store = try database.openExisting()
        let worklist = try store.worklist(on: date)
        switch format {
        case .json: CommandOutput.print(worklist.json())
        case .table: CommandOutput.print(Self.table(worklist, language: LanguageChoice.resolve(lang, config: config)))
        }
    }

    /// The three sections, each a heading and a table (or "none").
    static func table(_ worklist: Worklist, language: Language) -> String {
        typealias Text = WorklistText
        func section(_ heading: String, header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
            heading + "\n" + (rows.isEmpty ? "  " + Text.none[language] : TextTable(header: header, rows: rows, rightAligned: rightAligned).text)
        }
        return [
            "\(Text.title[language]) · \(worklist.day)",
            section("\(Text.appointments[language]) (\(worklist.appointments.count))", header: Text.appointmentHeader(language),
                    rows: worklist.appointments.map { Text.cells($0, language: language) }),
            section(Text.obligationsHeading(worklist, language: language), header: Text.obligationHeader(language),
                    rows: worklist.obligations.map { Text.cells($0, language: language) }, rightAligned: [4, 5]),
            section(Text.nextActionsHeading(worklist, language: language), header: Text.nextActionHeader(language),
                    rows: worklist.nextActions.map { Text.cells($0, language: language) }),
        ].joined(separator: "\n\n")
    }
}
