import Foundation
import GRDB
import TeamServer
import VisitDesk

/// The team's server at scale, on a private PostgreSQL cluster: `size` cases assigned over
/// twenty enrolled agents, one visit of ten signed events per case (ten events per case in
/// all), the visits' starts spread over the year before the report's day. Times `server
/// report` for a day (target ≤ 1 s), `TeamSync.run` on the loaded server (`TeamSyncSection`)
/// and `server verify`'s throughput (left out with `verify: false`). Run alone with
/// `VisitDeskBench --team SIZE` (the figure: `--team 1000000`, ten million events).
///
/// The load is a bulk load, not sync: cases by one INSERT … generate_series, visits and events
/// by `\copy` as the superuser with the event-accepting trigger disabled for the load only (it
/// checks each signature in PL/Python, which at ten million rows is the load's whole time) and
/// enabled again after. The events are real all the same — each agent's ten events come from a
/// visit its own desk recorded and signed, each copy signed again for its own visit — so
/// `server verify` finds every chain and signature intact.
struct TeamSection {
    static let agents = 20
    static let eventsPerVisit = 10
    static let days = 365
    static let reportTarget = 1_000.0

    static func run(size: Int, verify: Bool = true, in directory: URL, report: inout Report) throws {
        let cluster = try TeamCluster.start()
        defer { cluster.stop() }
        let server = try ServerConnection.open(try cluster.address, password: cluster.password)
        defer { server.close() }
        try ServerMigrator.migrate(server)
        let clock = ContinuousClock()
        let reportDay = CalendarDay.today(in: .current).adding(days: -1)
        let zone = TimeZone.current

        let enrolStart = clock.now
        let templates = try (0..<agents).map { index in try AgentTemplate.make(index: index, server: server, cluster: cluster, in: directory) }
        let enrolTime = clock.now - enrolStart
        report.note(size: size, "team: 20 agents enrolled", "\(Report.format(Timing.milliseconds(enrolTime) / 1000)) s, each with a template visit of \(eventsPerVisit) signed events")

        let caseTime = try clock.measure {
            try cluster.psql("""
                INSERT INTO loan_case (reference, debtor_name, phone, id_number, address, product, outstanding_fen, days_overdue, status, tags, assigned_badge, assigned_at)
                SELECT 'T' || lpad(i::text, 8, '0'), '客户' || i, '138' || lpad(i::text, 8, '0'), '1101011990' || lpad(i::text, 8, '0'), '北京市朝阳区 ' || i || ' 号',
                       '消费贷', 100000 + i % 5000000, i % 400, 'open', '', 'WF-B' || lpad((i / \(days) % \(agents))::text, 2, '0'), now()
                FROM generate_series(0, \(size - 1)) AS i
                """)
        }
        report.note(size: size, "team: cases loaded", "\(size) cases in \(Report.format(Timing.milliseconds(caseTime) / 1000)) s (one INSERT … generate_series)")

        let firstDay = reportDay.adding(days: -(days - 1)).start(in: zone)
        let loadTime = try clock.measure {
            try cluster.psql("\\copy visit (uid, case_reference, device, origin_id, started_at, event_count, head_hash, last_event_at) FROM pstdin") { input in
                try BulkRows.write(count: size, to: input) { index in
                    let template = templates[BulkRows.agent(of: index, days: days, agents: agents)]
                    let start = BulkRows.start(of: index, from: firstDay, days: days)
                    return "\(BulkRows.uid(index))\t\(BulkRows.reference(index))\t\(template.deviceID)\t\(index + 1)\t\(BulkRows.timestamp(start))\t"
                        + "\(eventsPerVisit)\t\(template.events.last!.hash)\t\(BulkRows.timestamp(start.addingTimeInterval(Double(eventsPerVisit))))\n"
                }
            }
            try cluster.psql("ALTER TABLE visit_event DISABLE TRIGGER visit_event_accept")
            try cluster.psql("\\copy visit_event (visit_uid, sequence, kind, at, payload, hash, operator_name, device, signature) FROM pstdin") { input in
                try BulkRows.write(count: size, to: input) { index in
                    let template = templates[BulkRows.agent(of: index, days: days, agents: agents)]
                    let uid = BulkRows.uid(index)
                    let start = BulkRows.start(of: index, from: firstDay, days: days)
                    return template.events.map { event in
                        let message = EventSignature.message(stream: EventSignature.visitStream(uid), sequence: event.sequence, hash: event.hash,
                                                             device: template.deviceID, operatorName: template.operatorName)
                        return "\(uid)\t\(event.sequence)\t\(event.kind)\t\(BulkRows.timestamp(start.addingTimeInterval(Double(event.sequence))))\t"
                            + "\(BulkRows.copyText(event.payload))\t\(event.hash)\t\(template.operatorName)\t\(template.deviceID)\t"
                            + "\(template.device.signature(of: message))\n"
                    }.joined()
                }
            }
            try cluster.psql("ALTER TABLE visit_event ENABLE TRIGGER visit_event_accept")
            try cluster.psql("VACUUM ANALYZE")
        }
        let size_ = try cluster.psql("SELECT pg_size_pretty(pg_database_size(current_database()))").trimmingCharacters(in: .whitespacesAndNewlines)
        report.note(size: size, "team: visits and events loaded", "\(size) visits, \(size * eventsPerVisit) events in "
                    + "\(Report.format(Timing.milliseconds(loadTime) / 1000)) s (\\copy, accept trigger off for the load); database \(size_)")

        let reader = ServerReportReader(timeZone: zone, playbooks: PlaybookLibrary(), rules: RuleEngine(), paymentRule: PaymentRule(timeZone: zone))
        var agentsSeen = 0, visitsSeen = 0
        report.add(size: size, "team: server report for a day", try Timing.measure(10, warmUp: 2) {
            let day = try reader.report(on: reportDay, badge: nil, server: server, now: Date())
            agentsSeen = day.agents.count
            visitsSeen = day.agents.map(\.report.visits.count).reduce(0, +)
        }, target: reportTarget, note: "\(visitsSeen) visits of \(agentsSeen) agents folded")
        report.add(size: size, "team: server report, one agent", try Timing.measure(10, warmUp: 2) {
            _ = try reader.report(on: reportDay, badge: "WF-B07", server: server, now: Date())
        }, target: reportTarget)

        try TeamSyncSection(size: size, server: server, cluster: cluster, directory: directory).run(report: &report)

        guard verify else { return }
        let verifyStart = clock.now
        let verification = try ServerVerifier.verify(server)
        let verifyTime = clock.now - verifyStart
        let seconds = Timing.milliseconds(verifyTime) / 1000
        report.note(size: size, "team: server verify", "\(verification.events) events in \(verification.visitStreams) visit streams in "
                    + "\(Report.format(seconds)) s (\(Int(Double(verification.events) / max(seconds, 0.001))) events/s); "
                    + (verification.isIntact ? "all intact" : "FAILED: \(verification.firstProblem!.explanation.en)"))
    }
}

/// An enrolled agent and the ten events of a visit its desk recorded and signed: the payloads
/// and chain every one of its bulk visits repeats (each copy signed again for its own stream).
struct AgentTemplate {
    struct Event {
        var sequence: Int
        var kind: String
        var payload: String
        var hash: String
    }

    var device: DeviceIdentity
    var deviceID: String { device.deviceID }
    var operatorName: String
    var events: [Event]

    static func make(index: Int, server: ServerConnection, cluster: TeamCluster, in directory: URL) throws -> AgentTemplate {
        let badge = "WF-B" + (index < 10 ? "0\(index)" : "\(index)")
        let person = Visitor(name: "队员\(index)", badge: badge)
        let added = try TeamAdmin.addOperator(person, on: server)
        let device = DeviceIdentity.generate(for: person)
        _ = try Enrolment.enroll(token: added.token, device: device, at: try cluster.address)
        let path = directory.appendingPathComponent("team-template-\(index).sqlite").path
        try? FileManager.default.removeItem(atPath: path)
        let store = try VisitStore(path: path, device: device)
        let loanCase = try store.insertCases([LoanCase(reference: "TEMPLATE", debtorName: "模板", phone: "13800000000", idNumber: "110101199001011234",
                                                       address: "北京市", product: "消费贷", outstanding: Money(fen: 500_000), daysOverdue: 30)])[0]
        let start = Date()
        let visit = try store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent", visitors: [person], location: "家中", at: start)
        for note in 1...7 {
            try store.append(.noteAdded(noteID: "N\(note)", text: "第 \(note) 条记录：债务人说明了还款困难。"), to: visit.id, at: start.addingTimeInterval(Double(note)))
        }
        try store.append(.outcomeRecorded(.promiseToPay(date: CalendarDay.today(in: .current).adding(days: 7), amount: Money(fen: 200_000), method: .bankTransfer)),
                         to: visit.id, at: start.addingTimeInterval(8))
        try store.append(.ended(reason: .completed), to: visit.id, at: start.addingTimeInterval(9))
        let rows = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT sequence, kind, payload, hash, operatorName FROM visitEvent WHERE visitID = ? ORDER BY sequence", arguments: [visit.id])
        }
        return AgentTemplate(device: device, operatorName: rows[0]["operatorName"],
                             events: rows.map { Event(sequence: $0["sequence"], kind: $0["kind"], payload: $0["payload"], hash: $0["hash"]) })
    }
}

/// Rows for `\copy … FROM pstdin` in PostgreSQL's text format, made in parallel chunks.
enum BulkRows {
    static let chunk = 20_000

    /// Writes `line(index)` for every index below `count`, chunk by chunk, each chunk made on every core.
    static func write(count: Int, to output: FileHandle, line: @escaping @Sendable (Int) -> String) throws {
        for first in stride(from: 0, to: count, by: chunk) {
            let last = min(first + chunk, count)
            let lines = ChunkLines(count: last - first)
            DispatchQueue.concurrentPerform(iterations: last - first) { offset in lines.set(offset, line(first + offset)) }
            try output.write(contentsOf: Data(lines.joined().utf8))
        }
    }

    /// The agent of bulk case and visit `index`: the days' visits are spread over every agent.
    static func agent(of index: Int, days: Int, agents: Int) -> Int {
        index / days % agents
    }

    /// A stable global id for bulk visit `index`.
    static func uid(_ index: Int) -> String {
        "00000000-0000-4000-8000-" + String(format: "%012x", index)
    }

    static func reference(_ index: Int) -> String {
        "T" + String(format: "%08d", index)
    }

    /// Visits are spread over `days` days, between 08:00 and 18:00.
    static func start(of index: Int, from first: Date, days: Int) -> Date {
        first.addingTimeInterval(Double(index % days) * 86_400 + 8 * 3_600 + Double((index / days) % 36_000))
    }

    static func timestamp(_ date: Date) -> String {
        Timestamp.iso8601(date)
    }

    /// Backslashes, tabs and line breaks escaped as COPY's text format wants.
    static func copyText(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }
}

/// The lines of one chunk, each written by one worker.
private final class ChunkLines: @unchecked Sendable {
    private let lines: UnsafeMutableBufferPointer<String>

    init(count: Int) {
        lines = .allocate(capacity: count)
        lines.initialize(repeating: "")
    }

    deinit {
        lines.deinitialize()
        lines.deallocate()
    }

    func set(_ index: Int, _ line: String) { lines[index] = line }

    func joined() -> String { lines.joined() }
}
