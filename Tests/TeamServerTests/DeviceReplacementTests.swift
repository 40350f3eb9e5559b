import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// A lost or replaced laptop: the supervisor gives the operator a new token, the old device can
/// no longer sign in, the new one enrols and gets the old one's work, which still verifies.
@Suite struct DeviceReplacementTests {
    @Test func aReplacedDeviceCanNoLongerSignInAndTheNewOneGetsItsWork() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let lost = try fixture.enrol(SyncFixture.wang)
        try fixture.assign(["L-1"], to: SyncFixture.wang)
        _ = try lost.sync()
        try lost.visit("L-1", at: SyncFixture.day, note: "门口贴了通知")
        #expect(try lost.sync().pushedEvents == 3)

        #expect {
            try TeamAdmin.addOperator(SyncFixture.wang, on: fixture.team.supervisor)
        } throws: { error in
            "\(error)".contains("already enrolled on 1 device(s)") && "\(error)".contains("--replace-devices")
        }
        let replaced = try TeamAdmin.addOperator(SyncFixture.wang, replacingDevices: true, on: fixture.team.supervisor)
        #expect(replaced.replacedDevices == 1)
        #expect(throws: ServerError.self, "the lost laptop's password no longer opens the login") { try lost.sync() }

        let device = DeviceIdentity.generate(for: SyncFixture.wang)
        let enrolled = try Enrolment.enroll(token: replaced.token, device: device, at: fixture.team.address)
        let laptop = SyncFixture.Desk(store: try fixture.store(for: device), device: device, address: enrolled.address, password: enrolled.password)
        let pulled = try laptop.sync()
        #expect(pulled.refusals.isEmpty && pulled.casesAdded == 1 && pulled.pulledVisits == 1 && pulled.pulledEvents == 3)
        #expect(try laptop.store.chainReport().isIntact)
        try laptop.visit("L-1", at: SyncFixture.day.addingTimeInterval(86_400), note: "第二次上门")
        #expect(try laptop.sync().pushedEvents == 3)
        let verification = try ServerVerifier.verify(fixture.team.supervisor)
        #expect(verification.firstProblem == nil && verification.visitStreams == 2 && verification.events == 6)
        #expect(try fixture.count("SELECT count(*) FROM device WHERE badge = 'WF-0312'") == 2, "the old key stays, for what it signed")
    }
}
