import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// A team server with cases, and desks (devices with their own databases) enrolled on it.
struct SyncFixture {
    let team: TestTeam
    let folder: String
    static let day = Date(timeIntervalSince1970: 1_780_000_000)
    static let wang = Visitor(name: "王磊", badge: "WF-0312")
    static let li = Visitor(name: "李娜", badge: "WF-0400")

    struct Desk {
        let store: VisitStore
        let device: DeviceIdentity
        let address: ServerAddress
        let password: String

        func sync(limits: SyncLimits = SyncLimits()) throws -> SyncReport {
            try TeamSync.run(store: store, address: address, password: password, now: SyncFixture.day, limits: limits)
        }

        func caseID(_ reference: String) throws -> Int64 {
            try #require(try store.loanCase(reference: reference)?.id)
        }

        /// A visit of `reference` started at `at`, with a note and, when `ended`, its end.
        @discardableResult
        func visit(_ reference: String, at: Date, note: String, ended: Bool = true) throws -> Int64 {
            let visit = try store.startVisit(caseID: try caseID(reference), role: .agent, playbookID: "agent", visitors: [device.operatorProfile],
                                             location: "家中", at: at)
            try store.append(.noteAdded(noteID: "n2", text: note), to: visit.id, at: at.addingTimeInterval(60))
            if ended { try store.append(.ended(reason: .completed), to: visit.id, at: at.addingTimeInterval(120)) }
            return visit.id
        }
    }

    init() throws {
        team = try TestTeam()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vd-sync-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let cases = (1...3).map { number in
            LoanCase(reference: "L-\(number)", debtorName: "张伟\(number)", phone: "1380013800\(number)", idNumber: "11010119900101123\(number)",
                     address: "北京市朝阳区\(number)号", product: "消费贷", outstanding: Money(fen: 500_000), daysOverdue: 40)
        }
        _ = try TeamAdmin.importCases(cases, on: team.supervisor)
    }

    func stop() {
        team.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A new operator with one enrolled device and an empty database.
    func enrol(_ person: Visitor, identity: DeviceIdentity? = nil) throws -> Desk {
        let added = try TeamAdmin.addOperator(person, on: team.supervisor)
        let device = identity ?? DeviceIdentity.generate(for: person)
        let enrolled = try Enrolment.enroll(token: added.token, device: device, at: team.address)
        return Desk(store: try store(for: device), device: device, address: enrolled.address, password: enrolled.password)
    }

    /// A second device of `desk`'s operator (a laptop and a tablet), registered by the supervisor.
    func secondDevice(of desk: Desk) throws -> Desk {
        let device = DeviceIdentity.generate(for: desk.device.operatorProfile)
        try team.supervisor.execute(script: """
            INSERT INTO device (id, badge, public_key) VALUES ('\(device.deviceID)', '\(device.operatorProfile.badge)', '\(device.publicKey)');
            """)
        return Desk(store: try store(for: device), device: device, address: desk.address, password: desk.password)
    }

    /// 王磊's laptop and tablet, with L-1 assigned to him and pulled by the laptop.
    func laptopAndTablet() throws -> (laptop: Desk, tablet: Desk) {
        let laptop = try enrol(SyncFixture.wang)
        let tablet = try secondDevice(of: laptop)
        try assign(["L-1"], to: SyncFixture.wang)
        _ = try laptop.sync()
        return (laptop, tablet)
    }

    func store(for device: DeviceIdentity, name: String? = nil) throws -> VisitStore {
        try VisitStore(path: databasePath(name ?? device.deviceID), device: device)
    }

    func databasePath(_ name: String) -> String { folder + "/\(name).sqlite" }

    func assign(_ references: [String], to person: Visitor) throws {
        _ = try TeamAdmin.assign(references, to: person.badge, on: team.supervisor)
    }

    /// One number from the server, as the supervisor sees it.
    func count(_ sql: String) throws -> Int {
        let result = try team.cluster.psql(["-d", team.database, "-c", sql])
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Runs `sql` on a desk's SQLite database behind the store's back (as a person with the file could).
    func sqlite(_ path: String, _ sql: String) throws -> String {
        try Subprocess.run(["sqlite3", path, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
