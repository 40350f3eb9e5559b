import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// The team's week as the test plays it: one private PostgreSQL cluster, the supervisor's
/// `visitdesk` (with the superuser's password, as the README's setup has it), two agents'
/// laptops, and the log of what was done — visits per day and agent, who recorded records on
/// which case, who holds which case — that the server's answers are held to.
final class TeamWeek {
    static let monday = CalendarDay(year: 2026, month: 3, day: 9)
    static let wang = Visitor(name: "王磊", badge: "WF-0312")
    static let li = Visitor(name: "李娜", badge: "WF-0400")

    let cluster: PostgresCluster
    let database: String
    let supervisor: TeamCommandLine
    let wang: TeamLaptop
    let li: TeamLaptop
    /// The supervisor's address (the password is in the supervisor's environment).
    let url: String
    /// Case reference → badge of the agent it is assigned to now.
    private(set) var assignments: [String: String] = [:]
    /// Day → badge → references visited, in the order visited.
    private(set) var visits: [CalendarDay: [String: [String]]] = [:]
    /// Day → badge → references of the contact attempts made that day.
    private(set) var contactAttempts: [CalendarDay: [String: [String]]] = [:]
    /// "reference device" of every case-record stream (one per case and device that recorded on it).
    private(set) var caseStreams: Set<String> = []

    init() throws {
        cluster = try PostgresCluster()
        database = try cluster.createDatabase()
        url = cluster.url(database: database)
        supervisor = try TeamCommandLine(password: cluster.superuserPassword)
        wang = try TeamLaptop(Self.wang)
        li = try TeamLaptop(Self.li)
    }

    func stop() {
        cluster.stop()
        for commandLine in [supervisor, wang.commandLine, li.commandLine] { commandLine.remove() }
    }

    static func day(_ number: Int) -> CalendarDay { monday.adding(days: number - 1) }

    /// `visitdesk server COMMAND ARGUMENTS… --pg URL` as the supervisor, which must succeed.
    @discardableResult
    func server(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Subprocess.Result {
        let result = try supervisor.run(["server"] + arguments + ["--pg", url, "--lang", "en"])
        #expect(result.status == 0, "server \(arguments.joined(separator: " ")): \(result.errors)", sourceLocation: sourceLocation)
        return result
    }

    func assign(_ references: [String], to person: Visitor, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let assigned = try server(["assign"] + references + ["--agent", person.badge], sourceLocation: sourceLocation)
        let cases = references.count == 1 ? "1 case" : "\(references.count) cases"
        #expect(assigned.output.contains("assigned \(cases) to \(person.badge)"), "\(assigned.output)", sourceLocation: sourceLocation)
        for reference in references { assignments[reference] = person.badge }
    }

    func references(of person: Visitor) -> [String] {
        assignments.filter { $0.value == person.badge }.keys.sorted()
    }

    func visit(_ laptop: TeamLaptop, _ reference: String, on day: CalendarDay, hour: Int, outcome: Outcome, note: String) throws {
        try laptop.visit(reference, on: day, hour: hour, outcome: outcome, note: note)
        visits[day, default: [:]][laptop.person.badge, default: []].append(reference)
    }

    /// `visitdesk contact REF --channel C --result R --at "DAY TIME" [--note N]` on the laptop.
    func attempt(_ laptop: TeamLaptop, _ reference: String, on day: CalendarDay, at time: String, channel: String, result: String,
                 note: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try laptop.contact(reference, ["--channel", channel, "--result", result, "--at", "\(day) \(time)"] + (note.map { ["--note", $0] } ?? []),
                           sourceLocation: sourceLocation)
        caseStreams.insert("\(reference) \(laptop.person.badge)")
        contactAttempts[day, default: [:]][laptop.person.badge, default: []].append(reference)
    }

    /// `visitdesk contact REF --appointment "DAY TIME" --visitors V [--confirmed]` on the laptop.
    func appointment(_ laptop: TeamLaptop, _ reference: String, on day: String, at time: String, visitors: String, confirmed: Bool = false,
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        try laptop.contact(reference, ["--appointment", "\(day) \(time)", "--visitors", visitors] + (confirmed ? ["--confirmed"] : []),
                           sourceLocation: sourceLocation)
        caseStreams.insert("\(reference) \(laptop.person.badge)")
    }

    var visitCount: Int { visits.values.flatMap(\.values).map(\.count).reduce(0, +) }
    var eventCount: Int { [wang, li].map { $0.visitEvents + $0.caseRecords }.reduce(0, +) }

    /// One number from the server, read as the supervisor.
    func count(_ sql: String) throws -> Int {
        Int(try cluster.psql(["-d", database, "-c", sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The evening's review, once both laptops synced: the day's report lists exactly the visits
    /// and contact attempts each agent made that day (and the conflicts given), as each agent's
    /// own report lists their contact attempts; the day's visit list agrees; and every chain and
    /// signature on the server checks, the counts being everything recorded so far.
    func review(_ day: CalendarDay, conflicts: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = visits[day] ?? [:]
        let report = try server(["report", "--date", day.description, "--format", "json"], sourceLocation: sourceLocation)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        #expect(json["date"] as? String == day.description, sourceLocation: sourceLocation)
        let agents = try #require(json["agents"] as? [[String: Any]], sourceLocation: sourceLocation)
        var reported: [String: [String]] = [:], conflicted: [String: [String]] = [:], contacted: [String: [String]] = [:]
        for agent in agents {
            let badge = agent["badge"] as? String ?? "?"
            let dayReport = agent["report"] as? [String: Any] ?? [:]
            reported[badge] = (dayReport["visits"] as? [[String: Any]] ?? []).compactMap { $0["case"] as? String }.sorted()
            conflicted[badge] = (agent["conflicts"] as? [[String: Any]] ?? []).compactMap { $0["case"] as? String }
            contacted[badge] = (dayReport["contacts"] as? [[String: Any]] ?? []).compactMap { $0["case"] as? String }.sorted()
        }
        #expect(reported == expected.mapValues { $0.sorted() }, "\(day)", sourceLocation: sourceLocation)
        #expect(conflicted == expected.mapValues { _ in conflicts }, "\(day)", sourceLocation: sourceLocation)
        // The day's contact attempts were all entered after it (`contact --at`), as one is the next morning.
        let attempts = (contactAttempts[day] ?? [:]).mapValues { $0.sorted() }
        #expect(contacted.filter { !$0.value.isEmpty } == attempts, "\(day): contact attempts", sourceLocation: sourceLocation)
        for laptop in [wang, li] {
            let own = try laptop.visitdesk(["report", "--date", day.description, "--format", "json"], sourceLocation: sourceLocation)
            let ownReport = try #require(try JSONSerialization.jsonObject(with: Data(own.output.utf8)) as? [String: Any], sourceLocation: sourceLocation)
            let ownContacts = (ownReport["contacts"] as? [[String: Any]] ?? []).compactMap { $0["case"] as? String }.sorted()
            #expect(ownContacts == attempts[laptop.person.badge] ?? [], "\(day): \(laptop.person.badge)'s own report", sourceLocation: sourceLocation)
        }

        let listed = try server(["visits", "--date", day.description, "--format", "json"], sourceLocation: sourceLocation)
        let dayVisits = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]], sourceLocation: sourceLocation)
        #expect(Dictionary(grouping: dayVisits.compactMap { $0["badge"] as? String }, by: { $0 }).mapValues(\.count) == expected.mapValues(\.count),
                "\(day)", sourceLocation: sourceLocation)
        #expect(dayVisits.allSatisfy { $0["eventCount"] as? Int == 4 }, "\(day): \(listed.output)", sourceLocation: sourceLocation)

        let verified = try server(["verify"], sourceLocation: sourceLocation)
        let checked = "all chains and signatures check: \(visitCount) visit stream(s), \(caseStreams.count) case stream(s), \(eventCount) event(s)"
        #expect(verified.output.contains(checked), "\(verified.output)", sourceLocation: sourceLocation)
    }
}
