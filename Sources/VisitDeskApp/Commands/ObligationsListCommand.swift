import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk obligations [list]`: promises and plan instalments with their state on a day.
struct ObligationsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List obligations in due order with their state on a day (the default).")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("due-before"), help: ArgumentHelp("Only obligations due before this day.", valueName: "YYYY-MM-DD"))
    var dueBefore: String?

    @Option(help: "Only obligations in this state on --date: pending, kept, partlyKept or broken.")
    var state: ObligationState?

    @Option(help: ArgumentHelp("The day states are judged on (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("Only the obligations of this case.", valueName: "ref"))
    var caseReference: String?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    @Option(help: "Language of the table: zh or en (default: the locale's).")
    var lang: LanguageChoice?

    func validate() throws {
        _ = try Self.day(dueBefore, option: "--due-before")
        _ = try Self.day(date, option: "--date")
    }

    func run() throws {
        let store = try database.openExisting()
        var query = ObligationQuery(day: try Self.day(date, option: "--date") ?? CalendarDay(Date(), in: store.paymentRule.timeZone),
                                    dueBefore: try Self.day(dueBefore, option: "--due-before"), state: state)
        if let caseReference {
            guard let loanCase = try store.loanCase(reference: caseReference) else { throw CommandFailure.noSuchCase(reference: caseReference) }
            query.caseID = loanCase.id
        }
        let rows = try store.obligations(query)
        switch format {
        case .json:
            CommandOutput.print(ObligationExport.json(rows))
        case .table:
            let language = LanguageChoice.resolve(lang, config: nil)
            let header = [LocalizedText(zh: "编号", en: "ID"), LocalizedText(zh: "案件", en: "CASE"), LocalizedText(zh: "到期日", en: "DUE"),
                          LocalizedText(zh: "金额", en: "AMOUNT"), LocalizedText(zh: "已还", en: "PAID"),
                          LocalizedText(zh: "宽限至", en: "GRACE ENDS"), LocalizedText(zh: "状态", en: "STATE"),
                          LocalizedText(zh: "手动标记原因", en: "MARKED BECAUSE")].map { $0[language] }
            let table = rows.map { row in
                let obligation = row.obligation
                return [obligation.id, row.caseReference, obligation.due.description, obligation.amount.formatted,
                        obligation.paid.formatted, obligation.graceEnds.description, row.state.label[language], obligation.markReason ?? ""]
            }
            CommandOutput.print(TextTable(header: header, rows: table, rightAligned: [3, 4]).text)
            if rows.isEmpty { CommandOutput.error(LocalizedText(zh: "没有符合条件的履约事项", en: "no obligation matches")[language]) }
        }
    }

    /// The day an option names, or nil when it is not given.
    static func day(_ text: String?, option: String) throws -> CalendarDay? {
        guard let text else { return nil }
        do {
            let day = try CalendarDay.parse(text, today: CalendarDay(Date(), in: .current))
            guard DomainLimits.contains(day) else {
                throw ValidationError("\(option): \(day) is outside \(DomainLimits.earliestDay)…\(DomainLimits.latestDay)")
            }
            return day
        } catch let error as CalendarDayParseError {
            throw ValidationError("\(option): \(error.description)")
        }
    }
}

extension ObligationState: ExpressibleByArgument {}
