import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk server cases --pg URL [--agent BADGE] [--format table|json]`: the cases the server
/// holds, with their assignment; phone and ID number masked as `visitdesk cases` masks them.
struct ServerCasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the cases on the server by reference, with whom each is assigned to; phone and ID number masked.")

    @OptionGroup var server: ServerOptions

    @OptionGroup var listing: ServerListOptions

    func run() throws {
        let config = try server.config()
        let connection = try server.connect(config)
        defer { connection.close() }
        let page = try ServerListing.cases(agent: listing.agent, limit: listing.limit, on: connection)
        let language = server.language(config)
        switch listing.format {
        case .json:
            CommandOutput.print(CaseExport.json(page.items.map(\.loanCase)))
        case .table:
            let unassigned = LocalizedText(zh: "未分配", en: "unassigned")[language]
            let rows = page.items.map { item in
                let loanCase = item.loanCase
                return [loanCase.reference, loanCase.debtorName, loanCase.maskedPhone, loanCase.maskedIDNumber, loanCase.outstanding.formatted,
                        String(loanCase.daysOverdue), loanCase.status.label[language], item.assignedBadge ?? unassigned, String(item.visitCount)]
            }
            let header = [LocalizedText(zh: "编号", en: "REF"), LocalizedText(zh: "姓名", en: "NAME"), LocalizedText(zh: "电话", en: "PHONE"),
                          LocalizedText(zh: "身份证号", en: "ID NUMBER"), LocalizedText(zh: "欠款", en: "OUTSTANDING"),
                          LocalizedText(zh: "逾期天数", en: "DAYS"), LocalizedText(zh: "状态", en: "STATUS"),
                          LocalizedText(zh: "分配给", en: "AGENT"), LocalizedText(zh: "走访", en: "VISITS")].map { $0[language] }
            CommandOutput.print(TextTable(header: header, rows: rows, rightAligned: [4, 5, 8]).text)
        }
        if page.total > page.items.count {
            CommandOutput.error(LocalizedText(zh: "只列出了 \(page.total) 个中的前 \(page.items.count) 个；用 --limit 或 --agent 调整",
                                              en: "listed the first \(page.items.count) of \(page.total); use --limit or --agent")[language])
        } else if page.total == 0 {
            CommandOutput.error(LocalizedText(zh: "没有案件；`visitdesk server import` 可以导入", en: "no cases; `visitdesk server import` adds some")[language])
        }
    }
}
