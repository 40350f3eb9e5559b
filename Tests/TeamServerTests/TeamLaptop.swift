import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// An agent's laptop for a week's work: the built `visitdesk` in a home of its own (a team in
/// Shanghai, its `config.toml` says so), and the same database opened through the store for
/// what no command records — a visit, made at the debtor's door. It counts the events it
/// records, so the test can hold the server and the desk to them.
final class TeamLaptop {
    static let timeZone = TimeZone(identifier: "Asia/Shanghai")!
    let person: Visitor
    let commandLine: TeamCommandLine
    /// Events this device recorded: in visits, and in its cases' records (contacts, appointments).
    private(set) var visitEvents = 0
    private(set) var caseRecords = 0
    /// Events recorded since the last sync that went through.
    private(set) var unsynced = 0

    init(_ person: Visitor) throws {
        self.person = person
        commandLine = try TeamCommandLine()
        try "[rules]\ntime_zone = \"Asia/Shanghai\"\n".write(toFile: try Self.configFile(in: commandLine), atomically: true, encoding: .utf8)
    }

    private static func configFile(in commandLine: TeamCommandLine) throws -> String {
        try FileManager.default.createDirectory(atPath: commandLine.configFolder, withIntermediateDirectories: true)
        return commandLine.configFolder + "/config.toml"
    }

    var databasePath: String { commandLine.environment["VISITDESK_DB"] ?? "" }

    /// `visitdesk ARGUMENTS…` on this laptop, which must succeed.
    @discardableResult
    func visitdesk(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Subprocess.Result {
        let result = try commandLine.run(arguments)
        #expect(result.status == 0, "visitdesk \(arguments.joined(separator: " ")): \(result.errors)", sourceLocation: sourceLocation)
        return result
    }

    /// This laptop's device identity, as `visitdesk init --operator` made it.
    func device() throws -> DeviceIdentity {
        try #require(try DeviceIdentityFiles(folder: commandLine.configFolder).load())
    }

    /// The address `visitdesk enroll` saved and the password only this laptop knows.
    func login() throws -> (address: ServerAddress, password: String) {
        let saved = try String(contentsOfFile: commandLine.configFolder + "/server.url", encoding: .utf8)
        let address = try ServerAddress.parse(saved.trimmingCharacters(in: .whitespacesAndNewlines))
        return (address, try #require(PasswordFile.password(for: address, environment: commandLine.environment)))
    }

    /// The desk's store, opened afresh for each use so it never holds on to what a command changed.
    func store() throws -> VisitStore {
        try VisitStore(path: databasePath, opening: .existing, paymentRule: PaymentRule(timeZone: Self.timeZone), device: try device())
    }

    /// A visit of `reference` at `hour` o'clock on `day` (Shanghai): started, a note, its outcome, ended.
    func visit(_ reference: String, on day: CalendarDay, hour: Int, outcome: Outcome, note: String) throws {
        let store = try store()
        let caseID = try #require(try store.loanCase(reference: reference)?.id, "\(person.badge) has no case \(reference)")
        let start = day.start(in: Self.timeZone).addingTimeInterval(Double(hour) * 3_600)
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [person], location: "家中", at: start)
        try store.append(.noteAdded(noteID: "n2", text: note), to: visit.id, at: start.addingTimeInterval(300))
        try store.append(.outcomeRecorded(outcome), to: visit.id, at: start.addingTimeInterval(900))
        try store.append(.ended(reason: .completed), to: visit.id, at: start.addingTimeInterval(1_200))
        recorded(visitEvents: 4)
    }

    /// `visitdesk contact REF ARGUMENTS…`: one record in the case's chain.
    func contact(_ reference: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try visitdesk(["contact", reference] + arguments + ["--lang", "en"], sourceLocation: sourceLocation)
        recorded(caseRecords: 1)
    }

    private func recorded(visitEvents: Int = 0, caseRecords: Int = 0) {
        self.visitEvents += visitEvents
        self.caseRecords += caseRecords
        unsynced += visitEvents + caseRecords
    }

    /// `visitdesk sync`, which must push exactly what was recorded since the last one.
    @discardableResult
    func sync(sourceLocation: SourceLocation = #_sourceLocation) throws -> Subprocess.Result {
        let result = try visitdesk(["sync"], sourceLocation: sourceLocation)
        #expect(result.output.contains("pushed \(unsynced) events;"), "\(person.badge): \(result.output)", sourceLocation: sourceLocation)
        unsynced = 0
        return result
    }

    /// A sync through the store cut off after its first batch of `batchSize` events, as a
    /// connection lost halfway would leave it; the next `sync` sends the rest.
    func syncCutOff(batchSize: Int) throws -> SyncReport {
        let (address, password) = try login()
        let report = try TeamSync.run(store: try store(), address: address, password: password, now: Date(),
                                      limits: SyncLimits(batchSize: batchSize, maximumBatches: 1))
        unsynced -= report.pushedEvents
        return report
    }

    /// This device's own events in the desk's database (other devices' pulled ones left out).
    func localEventCounts() throws -> (visitEvents: Int, caseRecords: Int) {
        func count(_ sql: String) throws -> Int {
            Int(try Subprocess.run(["sqlite3", "-readonly", databasePath, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        return (try count("SELECT count(*) FROM visitEvent e JOIN visit v ON v.id = e.visitID WHERE v.remote = 0"),
                try count("SELECT count(*) FROM caseEvent"))
    }
}
