import ArgumentParser
import Foundation
import TeamServer
import VisitDesk

/// `visitdesk server visits --pg URL [--date D] [--agent BADGE] [--format table|json]`: the
/// visits devices have pushed, newest first, with the device and operator that recorded them.
struct ServerVisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        abstract: "List the visits on the server, newest first: case, operator, device, start and how many events arrived.")

    @OptionGroup var server: ServerOptions

    @Option(help: ArgumentHelp("Only visits started on this day: YYYY-MM-DD or +Nd, in the configured time zone (default: every day).", valueName: "day"))
    var date: String?

    @OptionGroup var listing: ServerListOptions

    func run() throws {
        let config = try server.config()
        let zone = config.rules.timeZone
        var range: Range<Date>?
        if let date {
            // Read as `today` and `report` read their --date.
            let chosen = try DayOption.parse(["--date=\(date)"]).day(in: zone)
            range = chosen.start(in: zone)..<chosen.adding(days: 1).start(in: zone)
        }
        let connection = try server.connect(config)
        defer { connection.close() }
        let page = try ServerListing.visits(startedIn: range, agent: listing.agent, limit: listing.limit, on: connection)
        let language = server.language(config)
        switch listing.format {
        case .json:
            CommandOutput.print(Self.json(page.items))
        case .table:
            let rows = page.items.map { visit in
                ["\(CalendarDay(visit.startedAt, in: zone)) \(TimeOfDay.clock(visit.startedAt, in: zone))", visit.caseReference,
                 "\(visit.operatorName)/\(visit.badge)", String(visit.device.prefix(8)), String(visit.eventCount), visit.uid]
            }
            let header = [LocalizedText(zh: "开始", en: "STARTED"), LocalizedText(zh: "案件", en: "CASE"), LocalizedText(zh: "操作员", en: "OPERATOR"),
                          LocalizedText(zh: "设备", en: "DEVICE"), LocalizedText(zh: "事件", en: "EVENTS"),
                          LocalizedText(zh: "走访编号", en: "VISIT")].map { $0[language] }
            CommandOutput.print(TextTable(header: header, rows: rows, rightAligned: [4]).text)
        }
        if page.total > page.items.count {
            CommandOutput.error(LocalizedText(zh: "只列出了 \(page.total) 次中最新的 \(page.items.count) 次；用 --limit、--date 或 --agent 调整",
                                              en: "listed the newest \(page.items.count) of \(page.total); use --limit, --date or --agent")[language])
        } else if page.total == 0 {
            CommandOutput.error(LocalizedText(zh: "服务器上没有符合的走访", en: "no such visits on the server")[language])
        }
    }

    /// One JSON array of visit objects; times in ISO 8601 UTC.
    static func json(_ visits: [ServerVisit]) -> String {
        struct Exported: Encodable {
            var uid, caseReference, device, badge, operatorName: String
            var startedAt: Date
            var eventCount: Int
            var lastEventAt: Date?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard !visits.isEmpty else { return "[]" }
        let exported = visits.map {
            Exported(uid: $0.uid, caseReference: $0.caseReference, device: $0.device, badge: $0.badge, operatorName: $0.operatorName,
                     startedAt: $0.startedAt, eventCount: $0.eventCount, lastEventAt: $0.lastEventAt)
        }
        // Strings, numbers and dates always encode.
        return String(decoding: (try? encoder.encode(exported)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
