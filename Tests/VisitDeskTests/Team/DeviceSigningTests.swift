import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// With a device identity every write stamps its events with operator and device and signs
/// them; events from before the identity are signed by the first write after it.
@Suite struct DeviceSigningTests {
    static let person = Visitor(name: "王磊", badge: "WF-0312")

    private func stamps(_ store: VisitStore, visitID: Int64) throws -> [(operatorName: String?, device: String?, signature: String?, hash: String)] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT operatorName, device, signature, hash FROM visitEvent WHERE visitID = ? ORDER BY sequence",
                             arguments: [visitID]).map { ($0[0], $0[1], $0[2], $0[3]) }
        }
    }

    @Test func everyEventWrittenWithAnIdentityIsSignedForItsVisitsGlobalID() throws {
        let fixture = try StoreFixture()
        let device = DeviceIdentity.generate(for: Self.person)
        let store = try VisitStore(path: fixture.path, device: device)
        let cases = try store.insertCases(StoreFixture.cases)
        let visit = try store.startVisit(caseID: cases[0].id!, role: .agent, playbookID: "agent", visitors: StoreFixture.visitors,
                                         location: "家中", at: StoreFixture.start)
        try store.append(.stageEntered(stageID: "arrival"), to: visit.id, at: StoreFixture.start.addingTimeInterval(60))
        let uid = try #require(try store.read { db in try String.fetchOne(db, sql: "SELECT uid FROM visit WHERE id = ?", arguments: [visit.id]) })
        let rows = try stamps(store, visitID: visit.id)
        #expect(rows.count == 2)
        for (offset, row) in rows.enumerated() {
            #expect(row.operatorName == "王磊/WF-0312")
            #expect(row.device == device.deviceID)
            let message = EventSignature.message(stream: EventSignature.visitStream(uid), sequence: offset + 1, hash: row.hash,
                                                 device: device.deviceID, operatorName: "王磊/WF-0312")
            #expect(EventSignature.isValid(signature: try #require(row.signature), publicKey: device.publicKey, message: message))
            // Signed for this visit only: the same signature does not hold for another stream or sequence.
            let moved = EventSignature.message(stream: EventSignature.visitStream(UUID().uuidString.lowercased()), sequence: offset + 1,
                                               hash: row.hash, device: device.deviceID, operatorName: "王磊/WF-0312")
            #expect(!EventSignature.isValid(signature: row.signature!, publicKey: device.publicKey, message: moved))
        }
        #expect(try store.chainReport().isIntact)
    }

    @Test func eventsFromBeforeTheIdentityAreSignedByTheFirstWriteAfterItAndStillVerify() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(try stamps(fixture.store, visitID: visit.id).allSatisfy { $0.signature == nil })
        let device = DeviceIdentity.generate(for: Self.person)
        let signing = try VisitStore(path: fixture.path, device: device)
        #expect(try signing.signUnsignedEvents() == 1)
        #expect(try stamps(signing, visitID: visit.id).allSatisfy { $0.device == device.deviceID && $0.signature != nil })
        #expect(try signing.chainReport().isIntact)
    }

    @Test func aRemoteVisitIsNeverWrittenHere() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        try fixture.store.write { db in try db.execute(sql: "UPDATE visit SET remote = 1, device = 'other' WHERE id = ?", arguments: [visit.id]) }
        #expect(throws: StoreError.remoteVisit(visitID: visit.id, device: "other")) {
            try fixture.store.append(.stageEntered(stageID: "arrival"), to: visit.id, at: StoreFixture.start)
        }
        // The remote visit is not this desk's open visit: a visit of the case can start here.
        _ = try fixture.store.startVisit(caseID: cases[0].id!, role: .agent, playbookID: "agent", visitors: StoreFixture.visitors,
                                         location: "家中", at: StoreFixture.start.addingTimeInterval(600))
    }
}
