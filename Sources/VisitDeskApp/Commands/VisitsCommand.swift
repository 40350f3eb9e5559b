import ArgumentParser
import VisitDesk

/// `visitdesk visits`: the visit history, newest first.
struct VisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        abstract: "List visits, newest first: of one case, of the cases matching a search, or all.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("case"), help: ArgumentHelp("Only the visits of the case with this reference.", valueName: "ref"))
    var caseReference: String?

    @Option(help: "Only visits of cases whose reference, name, phone digits, address or tags contain this text.")
    var search: String?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    @Option(help: "At most this many visits.")
    var limit: Int = 1_000

    @Option(help: "Language of the table: zh or en (default: the locale's).")
    var lang: LanguageChoice?

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.openExisting()
        var caseID: Int64?
        if let caseReference {
            guard let loanCase = try store.loanCase(reference: caseReference) else { throw CommandFailure.noSuchCase(reference: caseReference) }
            caseID = loanCase.id
        }
        let visits = try store.visits(caseID: caseID, matching: search, limit: limit)
        switch format {
        case .json:
            CommandOutput.print(VisitExport.json(visits))
        case .table:
            let language = LanguageChoice.resolve(lang, config: nil)
            let config = try VisitDeskConfig.load()
            let zone = config.rules.timeZone
            let rows = visits.map { visit in
                [String(visit.id), "\(CalendarDay(visit.startedAt, in: zone)) \(TimeOfDay.clock(visit.startedAt, in: zone))",
                 visit.caseReference, visit.debtorName, visit.role.label[language],
                 visit.outcomeCode?.label[language] ?? "–",
                 visit.duration.map { SummaryFormat.duration($0, language: language) } ?? LocalizedText(zh: "进行中", en: "open")[language]]
            }
            let header = [LocalizedText(zh: "编号", en: "ID"), LocalizedText(zh: "开始", en: "STARTED"), LocalizedText(zh: "案件", en: "CASE"), LocalizedText(zh: "姓名", en: "NAME"), LocalizedText(zh: "身份", en: "ROLE"), LocalizedText(zh: "结果", en: "OUTCOME"), LocalizedText(zh: "用时", en: "DURATION")].map { $0[language] }
            CommandOutput.print(TextTable(header: header, rows: rows, rightAligned: [0, 6]).text)
        }
    }
}
