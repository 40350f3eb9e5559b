import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

@Suite struct EnrolmentTests {
    @Test func aTokenEnrolsOneDeviceOnceAndTheLoginThenOpensOnlyWithTheDevicesPassword() throws {
        let team = try TestTeam()
        defer { team.stop() }
        let person = Visitor(name: "王磊", badge: "WF-0312")
        let added = try TeamAdmin.addOperator(person, on: team.supervisor)
        let device = DeviceIdentity.generate(for: person)
        let enrolled = try Enrolment.enroll(token: added.token, device: device, at: team.address)
        #expect(enrolled.badge == "WF-0312")
        #expect(enrolled.address.user == added.login)
        let keys = try team.cluster.psql(["-d", team.database, "-c", "SELECT badge, public_key FROM device"])
        #expect(keys.output.trimmingCharacters(in: .whitespacesAndNewlines) == "WF-0312|\(device.publicKey)")
        #expect(throws: ServerError.self) { try Enrolment.enroll(token: added.token, device: DeviceIdentity.generate(for: person), at: team.address) }
        let asAgent = try ServerConnection.open(enrolled.address, password: enrolled.password)
        asAgent.close()
    }
}

/// A private cluster with a fresh database holding the team schema, and the supervisor's connection.
struct TestTeam {
    let cluster: PostgresCluster
    let database: String
    let address: ServerAddress
    let supervisor: ServerConnection

    init() throws {
        cluster = try PostgresCluster()
        database = try cluster.createDatabase()
        address = try ServerAddress.parse(cluster.url(database: database))
        supervisor = try ServerConnection.open(address, password: cluster.superuserPassword)
        try ServerMigrator.migrate(supervisor)
    }

    func stop() {
        supervisor.close()
        cluster.stop()
    }
}
