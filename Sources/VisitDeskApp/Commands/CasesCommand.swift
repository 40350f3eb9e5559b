import ArgumentParser
import VisitDesk

/// `visitdesk cases`: lists cases, most days overdue first.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List cases, most days overdue first; phone and ID number masked unless --reveal.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only cases whose reference, name, phone digits, address or tags contain this text.")
    var search: String?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    @Flag(help: "Show phone and ID numbers in full (logged in each listed case's access log).")
    var reveal = false

    @Option(help: "At most this many cases.")
    var limit: Int = 10_000

    @Option(help: "Language of the table: zh or en (default: the locale's).")
    var lang: LanguageChoice?

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.openExisting()
        let cases = try store.cases(matching: search, offset: 0, limit: limit)
        if reveal { try CommandReveal.record(cases, in: store) }
        switch format {
        case .json:
            CommandOutput.print(CaseExport.json(cases, reveal: reveal))
        case .table:
            let language = LanguageChoice.resolve(lang, config: nil)
            let rows = cases.map { loanCase in
                [loanCase.reference, loanCase.debtorName, reveal ? loanCase.phone : loanCase.maskedPhone,
                 reveal ? loanCase.idNumber : loanCase.maskedIDNumber, loanCase.product, loanCase.outstanding.formatted,
                 String(loanCase.daysOverdue), loanCase.status.label[language]]
            }
            let header = [LocalizedText(zh: "编号", en: "REF"), LocalizedText(zh: "姓名", en: "NAME"), LocalizedText(zh: "电话", en: "PHONE"), LocalizedText(zh: "身份证号", en: "ID NUMBER"), LocalizedText(zh: "产品", en: "PRODUCT"), LocalizedText(zh: "欠款", en: "OUTSTANDING"), LocalizedText(zh: "逾期天数", en: "DAYS"), LocalizedText(zh: "状态", en: "STATUS")].map { $0[language] }
            CommandOutput.print(TextTable(header: header, rows: rows, rightAligned: [5, 6]).text)
            if cases.isEmpty { CommandOutput.error(search == nil ? "no cases yet; `visitdesk import` or `visitdesk demo` adds some" : "no case matches \"\(search!)\"") }
        }
    }
}
