import ArgumentParser
import Foundation
import VisitDesk

/// `visitdesk payments import FILE.csv`: posts repayments to their cases, all or nothing, and
/// settles the cases' promises and instalments by the payment rule.
struct PaymentsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Post payments from a CSV file (ref,date,amount); any bad row and nothing is posted.",
        discussion: """
            Columns: ref,date,amount (or 编号,日期,金额), in any order, header row first. A date is 2026-03-01, \
            2026/3/1 or 2026年3月1日, not after today; an amount is more than zero, in yuan with at most two \
            decimals. Read as UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text", tab-separated) or \
            GB18030/GBK; the encoding read is named in the output. Each payment records its file name and line; a \
            file whose rows were posted before (same case, date, amount, file name and line) is refused, so \
            importing a file twice never posts twice. Payments settle obligations by the payment rule (see \
            `visitdesk obligations --help`; grace days from [obligations] grace_days in config.toml).
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    func run() throws {
        let data = try ImportedFile.read(file)
        let now = Date()
        let store = try database.openExisting()
        let read = try PaymentCSVImporter.read(data, path: file, today: CalendarDay(now, in: store.paymentRule.timeZone))
        let posted: PostedPayments
        switch try store.postPayments(read, at: now) {
        case .refused(let error): throw error
        case .posted(let result): posted = result
        }
        let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
        let moved = Self.moved(posted.moved)
        let encoding = read.encoding.name, separator = read.separator.name
        CommandOutput.error(LocalizedText(
            zh: "已入账 \(posted.paymentCount) 笔还款，涉及 \(posted.caseCount) 个案件（按 \(encoding.zh) 读取，\(separator.zh)分隔）；履约事项：\(moved.zh)",
            en: "posted \(posted.paymentCount) payment\(posted.paymentCount == 1 ? "" : "s") to \(posted.caseCount) case\(posted.caseCount == 1 ? "" : "s") "
                + "(read as \(encoding.en), \(separator.en)-separated); obligations: \(moved.en)")[language])
        if posted.lapsedCaseCount > 0 {
            CommandOutput.error(LocalizedText(
                zh: "另有 \(posted.lapsedCaseCount) 个案件的承诺逾期未还，已标为违约",
                en: "\(posted.lapsedCaseCount) other case\(posted.lapsedCaseCount == 1 ? "" : "s") with a promise lapsed unpaid now broken")[language])
        }
    }

    /// `3 kept, 1 partly kept`, or `none changed`.
    static func moved(_ counts: [ObligationState: Int]) -> LocalizedText {
        let parts = ObligationState.allCases.compactMap { state in counts[state].map { (state, $0) } }
        guard !parts.isEmpty else { return LocalizedText(zh: "无变化", en: "none changed") }
        return LocalizedText(zh: parts.map { "\($0.0.label.zh) \($0.1) 项" }.joined(separator: "，"),
                             en: parts.map { "\($0.1) \($0.0.label.en.lowercased())" }.joined(separator: ", "))
    }
}
