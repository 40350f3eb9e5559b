import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

@Suite struct SyncTests {
    @Test func twoDevicesWorkingOfflineEachGetTheOthersVisitsOnceAndBothStillVerify() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let laptop = try fixture.enrol(SyncFixture.wang)
        let tablet = try fixture.secondDevice(of: laptop)
        try fixture.assign(["L-1", "L-2"], to: SyncFixture.wang)
        #expect(try laptop.sync().casesAdded == 2)
        #expect(try tablet.sync().casesAdded == 2)
        // Offline: both visit L-1 the same day; the laptop also records a promise on L-2.
        try laptop.visit("L-1", at: SyncFixture.day, note: "笔记本上的走访")
        let promised = try laptop.store.startVisit(caseID: try laptop.caseID("L-2"), role: .agent, playbookID: "agent", visitors: [],
                                                  location: "单位", at: SyncFixture.day)
        try laptop.store.append(.outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 6, day: 30), amount: Money(fen: 200_000),
                                                               method: .bankTransfer)), to: promised.id, at: SyncFixture.day.addingTimeInterval(60))
        try tablet.visit("L-1", at: SyncFixture.day.addingTimeInterval(3_600), note: "平板上的走访")
        try laptop.store.record(.contactAttempted(ContactAttempt(channel: .phone, at: SyncFixture.day, result: .reached, note: "电话约好")),
                                caseID: try laptop.caseID("L-1"), at: SyncFixture.day)

        let first = try laptop.sync()
        #expect(first.pushedEvents == 6 && first.refusals.isEmpty)
        #expect(try fixture.count("SELECT count(*) FROM case_event") == 1)
        let second = try tablet.sync()
        #expect(second.pushedEvents == 3 && second.pulledVisits == 2 && second.pulledEvents == 5)
        let third = try laptop.sync()
        #expect(third.pushedEvents == 0 && third.pulledVisits == 1 && third.pulledEvents == 3)

        for desk in [laptop, tablet] {
            let visits = try desk.store.visits(caseID: try desk.caseID("L-1"))
            #expect(visits.count == 2)
            #expect(try desk.store.verify().isEmpty)
            #expect(try desk.store.syncStatus().pendingEvents == 0)
            let conflicts = try desk.store.conflicts()
            #expect(conflicts.map(\.caseReference) == ["L-1"])
            #expect(Set(conflicts.first?.visits.map(\.device) ?? []) == [laptop.device.deviceID, tablet.device.deviceID])
        }
        // The promise made on the laptop is the tablet's too.
        #expect(try tablet.store.obligations(caseID: try tablet.caseID("L-2")).count == 1)
        #expect(try tablet.store.loanCase(reference: "L-2")?.status == .promised)
        #expect(try fixture.count("SELECT count(*) FROM visit") == 3)
        #expect(try fixture.count("SELECT count(*) FROM visit_event") == 8)
        let again = try tablet.sync()
        #expect(again.pushedEvents == 0 && again.pulledEvents == 0 && again.conflicts.count == 1)
        let onServer = try SyncConflicts.onServer(day: CalendarDay(SyncFixture.day, in: laptop.store.paymentRule.timeZone),
                                                  timeZone: laptop.store.paymentRule.timeZone, server: fixture.team.supervisor)
        #expect(onServer.map(\.caseReference) == ["L-1"])
        #expect(onServer.first?.visits.count == 2)
    }

    @Test func aSyncCutOffAfterOneBatchOrBeforeItsAcknowledgementIsRunAgainWithoutDuplicatesOrLosses() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let desk = try fixture.enrol(SyncFixture.wang)
        try fixture.assign(["L-1"], to: SyncFixture.wang)
        _ = try desk.sync()
        let visitID = try desk.visit("L-1", at: SyncFixture.day, note: "第一条", ended: false)
        for number in 3...7 {
            try desk.store.append(.noteAdded(noteID: "n\(number)", text: "第 \(number) 条"), to: visitID, at: SyncFixture.day.addingTimeInterval(Double(number) * 60))
        }
        let cut = try desk.sync(limits: SyncLimits(batchSize: 3, maximumBatches: 1))
        #expect(cut.pushedEvents == 3)
        #expect(try fixture.count("SELECT count(*) FROM visit_event") == 3)
        #expect(try desk.store.syncStatus().pendingEvents == 4)

        // The acknowledgement of what the server holds is lost (the desk's copy from before).
        _ = try fixture.sqlite(desk.store.path, "UPDATE visit SET pushedCount = 0")
        #expect(try desk.store.syncStatus().pendingEvents == 7)
        let rerun = try desk.sync(limits: SyncLimits(batchSize: 3))
        #expect(rerun.pushedEvents == 4 && rerun.refusals.isEmpty)
        #expect(try fixture.count("SELECT count(*) FROM visit_event") == 7)
        #expect(try fixture.count("SELECT count(DISTINCT sequence) FROM visit_event") == 7)

        _ = try fixture.sqlite(desk.store.path, "UPDATE visit SET pushedCount = 2")
        let acknowledged = try desk.sync()
        #expect(acknowledged.pushedEvents == 0 && acknowledged.acknowledgedWithoutSending == 1)
        #expect(try desk.store.syncStatus().pendingEvents == 0)
        #expect(try desk.store.verify().isEmpty)
    }

    @Test func aForkAndABadSignatureAreRefusedNamingVisitAndDeviceWhileOtherVisitsGoOn() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let desk = try fixture.enrol(SyncFixture.wang)
        try fixture.assign(["L-1", "L-2", "L-3"], to: SyncFixture.wang)
        _ = try desk.sync()
        let forked = try desk.visit("L-1", at: SyncFixture.day, note: "原始", ended: false)
        _ = try desk.sync()
        let uid = try fixture.sqlite(desk.store.path, "SELECT uid FROM visit WHERE id = \(forked)")

        // A copy of the database, extended differently from the original.
        let copyPath = fixture.databasePath("copy")
        _ = try fixture.sqlite(desk.store.path, "VACUUM INTO '\(copyPath)'")
        let copy = SyncFixture.Desk(store: try VisitStore(path: copyPath, device: desk.device), device: desk.device,
                                    address: desk.address, password: desk.password)
        try desk.store.append(.noteAdded(noteID: "n3", text: "原件上的补充"), to: forked, at: SyncFixture.day.addingTimeInterval(600))
        try copy.store.append(.noteAdded(noteID: "n3", text: "副本上的补充"), to: forked, at: SyncFixture.day.addingTimeInterval(700))
        #expect(try desk.sync().refusals.isEmpty)
        try copy.visit("L-2", at: SyncFixture.day, note: "副本上另一个案件的走访")
        let refused = try copy.sync()
        #expect(refused.refusals.count == 1)
        let message = try #require(refused.refusals.first).message
        #expect(message.en.contains("fork") && message.en.contains(uid) && message.en.contains("visit \(forked)"))
        #expect(message.en.contains("case L-1") && message.en.contains(desk.device.deviceID))
        #expect(!message.zh.isEmpty)
        #expect(refused.pushedEvents == 3)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(uid)'") == 3)

        // A tampered signature, then a tampered payload.
        let tampered = try desk.visit("L-3", at: SyncFixture.day, note: "签名被改")
        let tamperedUID = try fixture.sqlite(desk.store.path, "SELECT uid FROM visit WHERE id = \(tampered)")
        let otherSignature = DeviceIdentity.generate(for: SyncFixture.wang).signature(of: Data("x".utf8))
        _ = try fixture.sqlite(desk.store.path, "UPDATE visitEvent SET signature = '\(otherSignature)' WHERE visitID = \(tampered) AND sequence = 2")
        let badSignature = try desk.sync()
        let signatureMessage = try #require(badSignature.refusals.first).message.en
        #expect(signatureMessage.contains("bad signature") && signatureMessage.contains(tamperedUID))
        #expect(signatureMessage.contains(desk.device.deviceID) && signatureMessage.contains("visit \(tampered)"))
        // The batch that held the bad event was one transaction: none of it is on the server.
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(tamperedUID)'") == 0)
        _ = try fixture.sqlite(desk.store.path, """
            UPDATE visitEvent SET payload = replace(payload, '签名被改', '内容被改') WHERE visitID = \(tampered) AND sequence = 2
            """)
        let badPayload = try desk.sync()
        #expect(badPayload.refusals.first?.message.en.contains(tamperedUID) == true)
        #expect(try fixture.count("SELECT count(*) FROM visit_event WHERE visit_uid = '\(tamperedUID)'") == 0)
    }

    @Test func aReassignedCaseLosesItsPersonalDataOnTheOldDeviceWhileItsVisitsStayAndTravel() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let wang = try fixture.enrol(SyncFixture.wang)
        let li = try fixture.enrol(SyncFixture.li)
        try fixture.assign(["L-1", "L-2"], to: SyncFixture.wang)
        _ = try wang.sync()
        try wang.visit("L-2", at: SyncFixture.day, note: "第一次")
        _ = try wang.sync()
        try fixture.assign(["L-2"], to: SyncFixture.li)
        // Offline, not knowing yet: a second visit of the case it held.
        try wang.visit("L-2", at: SyncFixture.day.addingTimeInterval(3_600), note: "第二次")
        let report = try wang.sync()
        #expect(report.refusals.isEmpty && report.pushedEvents == 3 && report.casesWithdrawn == 1)
        let withdrawn = try #require(try wang.store.loanCase(reference: "L-2"))
        #expect(withdrawn.phone == "138****8002" && withdrawn.idNumber.contains("*") && withdrawn.address.isEmpty)
        #expect(try wang.store.withdrawnAt(reference: "L-2") != nil)
        #expect(try wang.store.caseCount(matching: "13800138002") == 0)
        #expect(try wang.store.caseCount(matching: "朝阳区2") == 0)
        #expect(try wang.store.caseCount(matching: "13800138001") == 1)
        #expect(try wang.store.visits(caseID: withdrawn.id).count == 2)
        #expect(try wang.store.verify().isEmpty)
        #expect(try wang.sync().casesWithdrawn == 0)

        let pulled = try li.sync()
        #expect(pulled.casesAdded == 1 && pulled.pulledVisits == 2)
        #expect(try li.store.loanCase(reference: "L-2")?.phone == "13800138002")
        #expect(try li.store.verify().isEmpty)
        // Assigned back: the details return.
        try fixture.assign(["L-2"], to: SyncFixture.wang)
        #expect(try wang.sync().casesUpdated == 1)
        #expect(try wang.store.loanCase(reference: "L-2")?.phone == "13800138002")
        #expect(try wang.store.withdrawnAt(reference: "L-2") == nil)
        #expect(try wang.store.caseCount(matching: "13800138002") == 1)
    }

    @Test func anEvidenceFileTravelsWithItsEventAndArrivesByteIdentical() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let (laptop, tablet) = try fixture.laptopAndTablet()
        let photo = fixture.folder + "/门牌.jpg"
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: photo))
        let visitID = try laptop.visit("L-1", at: SyncFixture.day, note: "拍了门牌", ended: false)
        let attached = try laptop.store.attachEvidence(fileAt: photo, caption: "门牌", toVisit: visitID, at: SyncFixture.day.addingTimeInterval(300),
                                                       after: nil).attachment
        let pushed = try laptop.sync()
        #expect(pushed.evidenceUploaded == 1 && pushed.refusals.isEmpty, "\(pushed.refusals) \(pushed.pushedEvents)")
        let pulled = try tablet.sync()
        #expect(pulled.evidenceDownloaded == 1 && pulled.refusals.isEmpty)
        let arrived = try #require(tablet.store.evidenceFolder.filePath(sha256: attached.sha256))
        #expect(FileManager.default.contents(atPath: arrived) == bytes)
        #expect(try tablet.store.verify().isEmpty)
        #expect(try tablet.store.chainReport().evidenceFileCount == 1)
        // A file lost after its visit arrived (or never fetched, the sync cut off) is fetched by the next sync.
        try FileManager.default.removeItem(atPath: arrived)
        #expect(try tablet.sync().evidenceDownloaded == 1)
        #expect(FileManager.default.contents(atPath: arrived) == bytes)
    }
}
