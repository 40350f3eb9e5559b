import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// The push's batches span several streams: one transaction carries many visits and case
/// records. These check what that must not change: a refused stream in the middle of a batch
/// is named while the others land, and a cut push run again sends every event exactly once.
@Suite struct SyncBatchTests {
    @Test func aBadlySignedVisitInTheMiddleOfABatchIsRefusedByNameWhileTheVisitsAndRecordsAroundItLand() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let desk = try fixture.enrol(SyncFixture.wang)
        try fixture.assign(["L-1", "L-2", "L-3"], to: SyncFixture.wang)
        _ = try desk.sync()
        let before = try desk.visit("L-1", at: SyncFixture.day, note: "前一个")
        let tampered = try desk.visit("L-2", at: SyncFixture.day.addingTimeInterval(600), note: "签名被改")
        let after = try desk.visit("L-3", at: SyncFixture.day.addingTimeInterval(1_200), note: "后一个")
        try desk.store.record(.contactAttempted(ContactAttempt(channel: .phone, at: SyncFixture.day, result: .reached, note: "电话约好")),
                              caseID: try desk.caseID("L-3"), at: SyncFixture.day.addingTimeInterval(1_800))
        let uids = try [before, tampered, after].map { id in try fixture.sqlite(desk.store.path, "SELECT uid FROM visit WHERE id = \(id)") }
        let otherSignature = DeviceIdentity.generate(for: SyncFixture.wang).signature(of: Data("x".utf8))
        _ = try fixture.sqlite(desk.store.path, "UPDATE visitEvent SET signature = '\(otherSignature)' WHERE visitID = \(tampered) AND sequence = 2")

        let report = try desk.sync()
        #expect(report.refusals.count == 1)
        let message = try #require(report.refusals.first).message.en
        #expect(message.contains("bad signature") && message.contains(uids[1]) && message.contains("visit \(tampered)"))
        #expect(message.contains(desk.device.deviceID))
        #expect(report.pushedEvents == 7)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(uids[0])'") == 3)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(uids[2])'") == 3)
        #expect(try fixture.count("SELECT count(*) FROM case_event") == 1)
        // Nothing of the refused visit is on the server, not even its row; here it still waits.
        #expect(try fixture.count("SELECT count(*) FROM visit WHERE uid = '\(uids[1])'") == 0)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(uids[1])'") == 0)
        #expect(try desk.store.syncStatus().pendingEvents == 3)
    }

    @Test func aBatchOfSeveralVisitsCutByTheBatchLimitAndRunAgainLandsEveryEventOnce() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let desk = try fixture.enrol(SyncFixture.wang)
        try fixture.assign(["L-1", "L-2", "L-3"], to: SyncFixture.wang)
        _ = try desk.sync()
        let visits = try ["L-1", "L-2", "L-3", "L-1"].enumerated().map { index, reference in
            try desk.visit(reference, at: SyncFixture.day.addingTimeInterval(Double(index) * 600), note: "第 \(index + 1) 次")
        }
        let uids = try visits.map { id in try fixture.sqlite(desk.store.path, "SELECT uid FROM visit WHERE id = \(id)") }

        // One transaction of five events: the first visit whole and the second's first two.
        let cut = try desk.sync(limits: SyncLimits(batchSize: 5, maximumBatches: 1))
        #expect(cut.pushedEvents == 5 && cut.refusals.isEmpty)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(uids[0])'") == 3)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(uids[1])'") == 2)
        #expect(try fixture.count("SELECT count(*) FROM visit") == 2)
        #expect(try desk.store.syncStatus().pendingEvents == 7)

        // Cut off again, this time before the desk kept its acknowledgement of that batch.
        _ = try fixture.sqlite(desk.store.path, "UPDATE visit SET pushedCount = 0")
        let rerun = try desk.sync(limits: SyncLimits(batchSize: 5))
        #expect(rerun.pushedEvents == 7 && rerun.acknowledgedWithoutSending == 1 && rerun.refusals.isEmpty)
        #expect(try fixture.count("SELECT count(*) FROM visit_event") == 12)
        #expect(try fixture.count("SELECT count(*) FROM (SELECT DISTINCT visit_uid, sequence FROM visit_event) AS d") == 12)
        for uid in uids {
            #expect(try fixture.count("SELECT max(sequence) FROM visit_event WHERE visit_uid = '\(uid)'") == 3)
        }
        #expect(try desk.store.syncStatus().pendingEvents == 0)
        #expect(try desk.sync().pushedEvents == 0)
        #expect(try desk.store.verify().isEmpty)
    }
}
