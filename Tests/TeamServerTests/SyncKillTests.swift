import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk
#if canImport(Glibc)
import Glibc
#endif

@Suite struct SyncKillTests {
    /// `visitdesk sync` killed with SIGKILL once the server holds part of a long visit, then run
    /// again: the server ends with every event once. Where exactly the kill lands (before or
    /// after a batch's acknowledgement here) varies; every place must end the same way.
    @Test func aSyncKilledMidwayAndRunAgainLeavesEveryEventOnTheServerOnce() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let binary = try BuiltProducts.path("visitdesk")
        let config = fixture.folder + "/config"
        let identity = try DeviceIdentityFiles(folder: config + "/visitdesk").loadOrCreate(for: SyncFixture.wang).identity
        let desk = try fixture.enrol(SyncFixture.wang, identity: identity)
        try fixture.assign(["L-1"], to: SyncFixture.wang)
        _ = try desk.sync()
        let caseID = try desk.caseID("L-1")
        let total = 4_000
        let steps = [VisitScript.Step(at: SyncFixture.day, kind: .started(role: .agent, playbookID: "agent", visitors: [], location: "家中"))]
            + (2...total).map { number in
                VisitScript.Step(at: SyncFixture.day.addingTimeInterval(Double(number)), kind: .noteAdded(noteID: "n\(number)", text: "第 \(number) 条"))
            }
        try desk.store.importVisits([VisitScript(caseID: caseID, steps: steps)])

        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = config
        environment["PGPASSWORD"] = desk.password
        environment.removeValue(forKey: "VISITDESK_PG")
        environment.removeValue(forKey: "PGPASSFILE")
        let arguments = ["sync", "--db", desk.store.path, "--pg", desk.address.description]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var onServer = 0
        while process.isRunning, onServer == 0 {
            onServer = try fixture.count("SELECT count(*) FROM visit_event")
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try fixture.count("SELECT count(*) FROM visit_event") <= total)

        let rerun = try Subprocess.run([binary] + arguments, environment: environment, timeout: 120)
        #expect(rerun.status == 0, "\(rerun.errors)")
        #expect(try fixture.count("SELECT count(*) FROM visit_event") == total)
        #expect(try fixture.count("SELECT count(DISTINCT sequence) FROM visit_event") == total)
        #expect(try fixture.count("SELECT max(sequence) FROM visit_event") == total)
        #expect(try desk.store.syncStatus().pendingEvents == 0)
        #expect(try desk.store.verify().isEmpty)
    }
}
