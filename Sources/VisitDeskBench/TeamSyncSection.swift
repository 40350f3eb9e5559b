import Foundation
import GRDB
import TeamServer
import VisitDesk

/// `TeamSync.run` against the bulk-loaded server (issue 13 point 8): one device with 500
/// assigned cases (1,000 imported after the load, see `run`) pulling them, then pushing 10,000 new events (1,000 visits of ten events;
/// target ≤ 5 s), three times with fresh events; then twenty devices of 25 cases each pushing
/// 500 new events apiece at once, on twenty threads. Each push is checked on the server as
/// the superuser: exactly the new events and visits arrived, and every local visit is
/// acknowledged in full (`pushedCount = eventCount`).
struct TeamSyncSection {
    static let singleCases = 500
    static let singleVisits = 1_000
    static let repetitions = 3
    static let devices = 20
    static let casesPerDevice = 25
    static let visitsPerDevice = 50
    static let pushTarget = 5_000.0
    static var casesNeeded: Int { singleCases + devices * casesPerDevice }

    let size: Int
    let server: ServerConnection
    let cluster: TeamCluster
    let directory: URL

    func run(report: inout Report) throws {
        // Cases of their own, imported after the load: every loaded visit repeats its agent's
        // template, whose start binds it to the template's case, and a pull rightly refuses a
        // visit that names another case than its own.
        var data = SyntheticData(seed: 13)
        let cases = data.cases(TeamSyncSection.casesNeeded)
        _ = try TeamAdmin.importCases(cases, on: server)
        let references = cases.map(\.reference)
        try singleDevice(references: Array(references.prefix(TeamSyncSection.singleCases)), report: &report)
        try manyDevices(references: Array(references.dropFirst(TeamSyncSection.singleCases)), report: &report)
    }

    private func singleDevice(references: [String], report: inout Report) throws {
        let agent = try SyncAgent.enrol(index: 0, references: references, server: server, cluster: cluster, in: directory)
        let clock = ContinuousClock()
        var first = SyncReport()
        let firstTime = try clock.measure { first = try agent.sync() }
        try check(first.isComplete, "the first sync refused: \(first.refusals.map(\.reason))")
        report.note(size: size, "team: first sync, 500 cases pulled", "\(Report.format(Timing.milliseconds(firstTime) / 1000)) s: "
                    + "\(first.casesAdded) cases, \(first.pulledVisits) visits of other devices (\(first.pulledEvents) events) pulled")

        var samples: [Duration] = []
        for repetition in 0..<TeamSyncSection.repetitions {
            let before = try serverEvents(of: [agent])
            try agent.record(visits: TeamSyncSection.singleVisits, day: repetition)
            var pushed = SyncReport()
            samples.append(try clock.measure { pushed = try agent.sync() })
            try check(pushed.isComplete, "the push refused: \(pushed.refusals.map(\.reason))")
            let arrived = try serverEvents(of: [agent]) - before
            let expected = TeamSyncSection.singleVisits * TeamSection.eventsPerVisit
            try check(pushed.pushedEvents == expected && arrived == expected,
                      "pushed \(pushed.pushedEvents) events, \(arrived) arrived on the server, \(expected) recorded")
            try agent.checkAcknowledged()
        }
        let visits = try serverVisits(of: [agent])
        report.add(size: size, "team: sync pushing 10k events", Timing(samples: samples), target: TeamSyncSection.pushTarget,
                   note: "one device, 500 cases, 1,000 new visits of 10 events each time (\(TeamSyncSection.repetitions) runs); "
                       + "server got exactly 10,000 new events each run, \(visits) visits in all")
    }

    private func manyDevices(references: [String], report: inout Report) throws {
        let agents = try (0..<TeamSyncSection.devices).map { index in
            let share = references[(index * TeamSyncSection.casesPerDevice)..<((index + 1) * TeamSyncSection.casesPerDevice)]
            return try SyncAgent.enrol(index: index + 1, references: Array(share), server: server, cluster: cluster, in: directory)
        }
        for agent in agents {
            let first = try agent.sync()
            try check(first.isComplete && first.casesAdded == TeamSyncSection.casesPerDevice,
                      "the first sync of \(agent.badge) pulled \(first.casesAdded) cases, refused \(first.refusals.map(\.reason))")
            try agent.record(visits: TeamSyncSection.visitsPerDevice, day: 0)
        }
        let eventsBefore = try serverEvents(of: agents), visitsBefore = try serverVisits(of: agents)
        let outcomes = ConcurrentOutcomes(count: agents.count)
        let clock = ContinuousClock()
        let wall = clock.measure {
            let group = DispatchGroup()
            for (index, agent) in agents.enumerated() {
                group.enter()
                Thread.detachNewThread {
                    let started = ContinuousClock.now
                    do {
                        let pushed = try agent.sync()
                        outcomes.set(index, .success((pushed, ContinuousClock.now - started)))
                    } catch {
                        outcomes.set(index, .failure(error))
                    }
                    group.leave()
                }
            }
            group.wait()
        }
        var longest = Duration.zero
        for (agent, outcome) in zip(agents, outcomes.all) {
            let (pushed, took) = try outcome.get()
            try check(pushed.isComplete && pushed.pushedEvents == TeamSyncSection.visitsPerDevice * TeamSection.eventsPerVisit,
                      "\(agent.badge) pushed \(pushed.pushedEvents) events, refused \(pushed.refusals.map(\.reason))")
            try agent.checkAcknowledged()
            longest = max(longest, took)
        }
        let events = try serverEvents(of: agents) - eventsBefore, visits = try serverVisits(of: agents) - visitsBefore
        let expectedEvents = TeamSyncSection.devices * TeamSyncSection.visitsPerDevice * TeamSection.eventsPerVisit
        let expectedVisits = TeamSyncSection.devices * TeamSyncSection.visitsPerDevice
        try check(events == expectedEvents && visits == expectedVisits,
                  "\(events) events and \(visits) visits arrived, \(expectedEvents) and \(expectedVisits) recorded")
        report.note(size: size, "team: 20 devices syncing at once", "\(Report.format(Timing.milliseconds(wall) / 1000)) s wall clock "
                    + "(slowest device \(Report.format(Timing.milliseconds(longest) / 1000)) s) for 20 × 500 new events on 20 threads; "
                    + "none refused, server got exactly \(events) events in \(visits) visits, every device acknowledged in full")
    }

    private func serverEvents(of agents: [SyncAgent]) throws -> Int {
        try count("SELECT count(*) FROM visit_event WHERE device IN (\(agents.map { "'\($0.deviceID)'" }.joined(separator: ",")))")
    }

    private func serverVisits(of agents: [SyncAgent]) throws -> Int {
        try count("SELECT count(*) FROM visit WHERE device IN (\(agents.map { "'\($0.deviceID)'" }.joined(separator: ",")))")
    }

    private func count(_ sql: String) throws -> Int {
        let text = try cluster.psql(sql).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let value = Int(text) else { throw BenchFailure("psql answered \(text) to: \(sql.prefix(80))") }
        return value
    }

    private func check(_ condition: Bool, _ problem: @autoclosure () -> String) throws {
        guard condition else { throw BenchFailure("team sync: " + problem()) }
    }
}

/// An operator of the sync measurements: enrolled with a device of its own, its cases assigned
/// on the server, and a desk's store in the bench folder.
struct SyncAgent: Sendable {
    let person: Visitor
    let store: VisitStore
    let address: ServerAddress
    let password: String
    var badge: String { person.badge }
    var deviceID: String { store.device!.deviceID.lowercased() }

    static func enrol(index: Int, references: [String], server: ServerConnection, cluster: TeamCluster, in directory: URL) throws -> SyncAgent {
        let badge = "WF-S" + (index < 10 ? "0\(index)" : "\(index)")
        let person = Visitor(name: "同步\(index)", badge: badge)
        let added = try TeamAdmin.addOperator(person, on: server)
        let device = DeviceIdentity.generate(for: person)
        let enrolled = try Enrolment.enroll(token: added.token, device: device, at: try cluster.address)
        let assigned = try TeamAdmin.assign(references, to: badge, on: server)
        guard assigned.unknown.isEmpty else { throw BenchFailure("the server does not know \(assigned.unknown.prefix(3))") }
        let path = directory.appendingPathComponent("team-sync-\(index).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return SyncAgent(person: person, store: try VisitStore(path: path, device: device), address: enrolled.address, password: enrolled.password)
    }

    func sync() throws -> SyncReport {
        try TeamSync.run(store: store, address: address, password: password)
    }

    /// Records `visits` finished visits of ten signed events, round the pulled cases, in one
    /// transaction (the push is what is measured, not the desk's writes); `day` days back from
    /// the oldest so each round's visits come after the last.
    func record(visits: Int, day: Int) throws {
        let caseIDs = try DatabaseQueue(path: store.path).read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM loanCase WHERE serverVersion IS NOT NULL AND withdrawnAt IS NULL ORDER BY id")
        }
        guard !caseIDs.isEmpty else { throw BenchFailure("\(badge) has no pulled cases to visit") }
        let playbook = try BuiltInPlaybooks.agent
        var data = SyntheticData(seed: UInt64(day + 1))
        let first = Date().addingTimeInterval(Double(day - TeamSyncSection.repetitions) * 86_400)
        let scripts = (0..<visits).map { index in
            let start = first.addingTimeInterval(Double(index) * 80)
            var script = data.visit(caseID: caseIDs[index % caseIDs.count], eventCount: TeamSection.eventsPerVisit, playbook: playbook, startingAt: start)
            script.steps[0].kind = .started(role: .agent, playbookID: playbook.id, visitors: [person], location: "家中")
            return script
        }
        try store.importVisits(scripts)
    }

    /// Every visit this desk recorded is acknowledged by the server in full.
    func checkAcknowledged() throws {
        let behind = try DatabaseQueue(path: store.path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM visit WHERE NOT remote AND pushedCount <> eventCount") ?? -1
        }
        guard behind == 0, try store.pendingStreams().isEmpty else {
            throw BenchFailure("\(badge): \(behind) visits not acknowledged in full after the sync")
        }
    }
}

/// What each of the concurrent syncs came to, each slot written by its own thread.
private final class ConcurrentOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<(SyncReport, Duration), any Error>]

    init(count: Int) {
        outcomes = Array(repeating: .failure(BenchFailure("did not finish")), count: count)
    }

    func set(_ index: Int, _ outcome: Result<(SyncReport, Duration), any Error>) {
        lock.withLock { outcomes[index] = outcome }
    }

    var all: [Result<(SyncReport, Duration), any Error>] { lock.withLock { outcomes } }
}
