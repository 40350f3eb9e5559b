import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk records REF`: a case's records outside its visits — contact attempts,
/// appointments, cancellations, next actions, payments, hand marks, evidence — oldest first;
/// the table is headed by the case's next action in effect, whatever set it.
struct CaseRecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "List a case's records outside its visits (contacts, appointments, payments, marks), oldest first.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The case's reference.", valueName: "ref"))
    var reference: String

    @Option(help: "table or json.")
    var format: ListFormat = .table

    @Option(help: "Language of the table: zh or en (default: the locale's).")
    var lang: LanguageChoice?

    func run() throws {
        let store = try database.openExisting()
        guard let loanCase = try store.loanCase(reference: reference), let caseID = loanCase.id else {
            throw CommandFailure.noSuchCase(reference: reference)
        }
        let events = try store.caseRecordLog(caseID: caseID)
        switch format {
        case .json:
            CommandOutput.print(CaseRecordExport.json(reference: loanCase.reference, events: events))
        case .table:
            let config = try VisitDeskConfig.load()
            let language = LanguageChoice.resolve(lang, config: config)
            let clock = VisitClock(timeZone: config.rules.timeZone)
            // Records other devices made are numbered in their own streams and name their operator.
            let byOthers = events.contains { $0.author != nil }
            let thisDesk = LocalizedText(zh: "本机", en: "this desk")[language]
            let rows = events.map { authored in
                let event = authored.event
                return [String(event.sequence), clock.dateTime(event.at)]
                    + (byOthers ? [SafeText.neutralised(authored.author.map { "⇄" + $0.operatorName } ?? thisDesk)] : [])
                    + [SafeText.neutralised(CaseEventText.describe(event.kind, language: language, clock: clock))]
            }
            let header = ([LocalizedText(zh: "序号", en: "#"), LocalizedText(zh: "记录于", en: "RECORDED")]
                + (byOthers ? [LocalizedText(zh: "记录人", en: "BY")] : [])
                + [LocalizedText(zh: "内容", en: "RECORD")]).map { $0[language] }
            if let action = try store.nextAction(caseID: caseID) {
                let today = CalendarDay(Date(), in: config.rules.timeZone)
                CommandOutput.print(SafeText.neutralised(CaseEventText.nextActionInEffect(action, today: today, language: language)))
            }
            CommandOutput.print(TextTable(header: header, rows: rows, rightAligned: [0]).text)
        }
    }
}
