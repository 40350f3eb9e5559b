import Foundation
import TeamServer
import TestSupport
import Testing
import VisitDesk

/// Records made outside visits (contact attempts, appointments, hand marks, payments) travel:
/// the agent a case is reassigned to sees the earlier agent's, named as their own desk names
/// appointments and obligations, and the earlier agent sees what the new one did with them.
@Suite struct SyncCaseRecordsTests {
    static let timeZone = TimeZone(identifier: "Asia/Shanghai")!
    static let appointmentDay = CalendarDay(SyncFixture.day.addingTimeInterval(3 * 86_400), in: timeZone)

    @Test func anotherAgentsRecordsOfACaseReachTheAgentItIsReassignedToAndBackAgain() throws {
        let (fixture, wang, li) = try Self.twoAgentsWithL1AtWang()
        defer { fixture.stop() }
        let wangCase = try wang.caseID("L-1")
        let day = SyncFixture.day
        let promise = Outcome.promiseToPay(date: CalendarDay(day.addingTimeInterval(7 * 86_400), in: Self.timeZone), amount: Money(yuan: 1_000),
                                           method: .bankTransfer)
        let visit = try wang.store.startVisit(caseID: wangCase, role: .agent, playbookID: "agent", visitors: [wang.device.operatorProfile],
                                              location: "家中", at: day)
        try wang.store.append(.outcomeRecorded(promise), to: visit.id, at: day.addingTimeInterval(60))
        try wang.store.append(.ended(reason: .completed), to: visit.id, at: day.addingTimeInterval(120))
        try wang.store.record(.contactAttempted(ContactAttempt(channel: .phone, at: day.addingTimeInterval(600), result: .reached, note: "约好周五")),
                              caseID: wangCase, at: day.addingTimeInterval(600))
        try wang.store.record(.appointmentSet(Appointment(id: "A1", day: Self.appointmentDay, time: TimeOfDay(hour: 10, minute: 0), place: "家中",
                                                          visitors: [wang.device.operatorProfile], confirmed: true)),
                              caseID: wangCase, at: day.addingTimeInterval(660))
        try wang.store.record(.obligationMarked(obligationID: "V\(visit.id)-1", state: .kept, reason: "债务人出示了柜台现金收据"),
                              caseID: wangCase, at: day.addingTimeInterval(720))
        let pushed = try wang.sync()
        #expect(pushed.refusals.isEmpty && pushed.pushedEvents == 6, "\(pushed.refusals) \(pushed.pushedEvents)")

        // Reassigned: the new agent gets the visit and the records outside it.
        try fixture.assign(["L-1"], to: SyncFixture.li)
        let pulled = try li.sync()
        #expect(pulled.refusals.isEmpty && pulled.pulledVisits == 1 && pulled.pulledCaseRecords == 3, "\(pulled.refusals)")
        let liCase = try li.caseID("L-1")
        let records = try li.store.caseRecords(caseID: liCase)
        #expect(records.contacts.map(\.value.note) == ["约好周五"])
        #expect(records.contacts.first?.author?.operatorName == "王磊/WF-0312")
        #expect(records.eventCount == 0, "the case's own chain on this desk is still empty")
        let wangsA1 = "A1@" + wang.device.deviceID.prefix(8).lowercased()
        #expect(records.appointments.map(\.id) == [wangsA1])
        #expect(records.nextAppointmentID == "A1", "this desk's own appointments are numbered on their own")
        let liVisit = try #require(try li.store.visits(caseID: liCase).first)
        let obligations = try li.store.obligations(caseID: liCase)
        #expect(obligations.map(\.id) == ["V\(liVisit.id)-1"])
        #expect(obligations.first?.settled == .kept && obligations.first?.markReason == "债务人出示了柜台现金收据")
        #expect(try li.store.worklist(on: Self.appointmentDay).appointments.map(\.appointment.id) == [wangsA1])
        #expect(try li.store.nextAction(caseID: liCase) == NextAction(day: Self.appointmentDay, kind: .visit))
        #expect(try li.store.caseRecordLog(caseID: liCase).map(\.author?.device) == Array(repeating: wang.device.deviceID.lowercased(), count: 3))
        #expect(try li.store.chainReport().isIntact)
        #expect(try li.sync().pulledCaseRecords == 0, "nothing is pulled twice")

        // The new agent moves the appointment: cancels the earlier agent's and sets one of her own.
        try li.store.record(.appointmentCancelled(appointmentID: wangsA1, reason: "债务人改约"), caseID: liCase, at: day.addingTimeInterval(3_600))
        try li.store.record(.appointmentSet(Appointment(id: "A1", day: Self.appointmentDay.adding(days: 1), time: TimeOfDay(hour: 15, minute: 30),
                                                        place: "单位", visitors: [li.device.operatorProfile], confirmed: false)),
                            caseID: liCase, at: day.addingTimeInterval(3_660))
        #expect(try li.sync().pushedEvents == 2)

        // Assigned back: the earlier agent sees his appointment cancelled and hers, under her device's name.
        try fixture.assign(["L-1"], to: SyncFixture.wang)
        let back = try wang.sync()
        #expect(back.refusals.isEmpty && back.pulledCaseRecords == 2, "\(back.refusals)")
        let lisA1 = "A1@" + li.device.deviceID.prefix(8).lowercased()
        #expect(try wang.store.caseRecords(caseID: wangCase).appointments.map(\.id) == [lisA1])
        #expect(try wang.store.worklist(on: Self.appointmentDay).appointments.isEmpty)
        #expect(try wang.store.worklist(on: Self.appointmentDay.adding(days: 1)).appointments.map(\.appointment.id) == [lisA1])
        #expect(try wang.store.nextAction(caseID: wangCase) == NextAction(day: Self.appointmentDay.adding(days: 1), kind: .visit))
        #expect(try wang.store.chainReport().isIntact)

        // A pulled record changed on the desk afterwards is caught.
        _ = try fixture.sqlite(li.store.path, "UPDATE remoteCaseEvent SET payload = replace(payload, '约好周五', '拒绝还款') WHERE kind = 'contactAttempted'")
        let damaged = try li.store.chainReport()
        #expect(damaged.caseProblems.map(\.kind) == [.payloadChanged])
        #expect(damaged.caseProblems.first?.reference.contains("L-1 (device \(wang.device.deviceID.prefix(8).lowercased()))") == true)
        #expect(damaged.signatureProblems.isEmpty, "the signature covers the hash, which was left as it was")
        // Another record's signature in place of record 2's: valid, but not over this record.
        _ = try fixture.sqlite(li.store.path, """
            UPDATE remoteCaseEvent SET signature = (SELECT signature FROM remoteCaseEvent WHERE sequence = 1) WHERE sequence = 2
            """)
        #expect(try li.store.chainReport().signatureProblems.map(\.sequence) == [2])
    }

    @Test func aPulledRecordWhoseSignatureDoesNotHoldIsRefusedNamingCaseAndDevice() throws {
        let (fixture, wang, li) = try Self.twoAgentsWithL1AtWang()
        defer { fixture.stop() }
        try wang.store.record(.contactAttempted(ContactAttempt(channel: .sms, at: SyncFixture.day, result: .noAnswer)),
                              caseID: try wang.caseID("L-1"), at: SyncFixture.day)
        _ = try wang.sync()
        try fixture.assign(["L-1"], to: SyncFixture.li)
        // The team's key of the earlier agent's device, as this desk holds it, is not the key that signed.
        _ = try li.sync()
        let other = DeviceIdentity.generate(for: SyncFixture.wang)
        _ = try fixture.sqlite(li.store.path, """
            DELETE FROM ledger WHERE device IS NOT NULL; DELETE FROM remoteCaseEvent;
            """)
        _ = try fixture.sqlite(li.store.path, "UPDATE teamDevice SET publicKey = '\(other.publicKey)' WHERE id = '\(wang.device.deviceID.lowercased())'")
        let store = try VisitStore(path: li.store.path, device: li.device)
        let refusal = try #require(try store.storeRemoteCaseRecords(SyncRemoteCaseRecords(
            caseReference: "L-1", device: wang.device.deviceID,
            events: try Self.serverEvents(fixture, reference: "L-1", device: wang.device.deviceID))))
        #expect(refusal.reason.hasPrefix("bad signature: case/L-1 event 1"))
        #expect(refusal.message.en.contains("the records of case L-1 (device \(wang.device.deviceID))"))
        #expect(try store.caseRecordLog(caseID: try li.caseID("L-1")).isEmpty)
    }

    @Test func theSupervisorsReportSettlesObligationsWithEveryDevicesMarksAndCountsAPaymentPostedTwiceOnce() throws {
        let (fixture, wang, li) = try Self.twoAgentsWithL1AtWang()
        defer { fixture.stop() }
        let day = SyncFixture.day
        let wangCase = try wang.caseID("L-1")
        let plan = try RepaymentPlan.make(total: Money(yuan: 900), instalmentCount: 3, frequency: .monthly,
                                          firstDue: CalendarDay(day.addingTimeInterval(7 * 86_400), in: Self.timeZone), method: .bankTransfer)
        let visit = try wang.store.startVisit(caseID: wangCase, role: .agent, playbookID: "agent", visitors: [wang.device.operatorProfile],
                                              location: "家中", at: day)
        try wang.store.append(.outcomeRecorded(.planAgreed(plan)), to: visit.id, at: day.addingTimeInterval(60))
        try wang.store.append(.ended(reason: .completed), to: visit.id, at: day.addingTimeInterval(120))
        let payment = Payment(day: CalendarDay(day.addingTimeInterval(86_400), in: Self.timeZone), amount: Money(yuan: 300), source: "bank.csv:2")
        try wang.store.record(.paymentPosted(payment), caseID: wangCase, at: day.addingTimeInterval(86_400))
        _ = try wang.sync()
        try fixture.assign(["L-1"], to: SyncFixture.li)
        _ = try li.sync()
        let liCase = try li.caseID("L-1")
        // The same bank file posted on her desk too, and her hand mark on the second instalment.
        try li.store.record(.paymentPosted(payment), caseID: liCase, at: day.addingTimeInterval(90_000))
        let liVisit = try #require(try li.store.visits(caseID: liCase).first)
        try li.store.record(.obligationMarked(obligationID: "V\(liVisit.id)-2", state: .kept, reason: "债务人出示了转账凭证"),
                            caseID: liCase, at: day.addingTimeInterval(90_060))
        #expect(try li.sync().refusals.isEmpty)
        #expect(try li.store.obligations(caseID: liCase).map(\.paid) == [Money(yuan: 300), .zero, .zero], "posted twice, counted once")

        let reader = ServerReportReader(timeZone: Self.timeZone, playbooks: PlaybookLibrary(), rules: RuleEngine(),
                                        paymentRule: PaymentRule(timeZone: Self.timeZone))
        let report = try reader.report(on: CalendarDay(day, in: Self.timeZone), badge: "WF-0312", server: fixture.team.supervisor,
                                       now: day.addingTimeInterval(2 * 86_400))
        let obligations = try #require(report.agents.first?.report.obligations)
        #expect(obligations.map(\.obligation.paid) == [Money(yuan: 300), .zero, .zero])
        #expect(obligations.map(\.obligation.settled) == [.kept, .kept, .pending], "the first paid in full, the second by her mark")
        #expect(obligations[1].obligation.markReason == "债务人出示了转账凭证")
    }

    @Test func anEvidenceFileAttachedToTheCaseOutsideAVisitTravelsToTheOperatorsOtherDevice() throws {
        let fixture = try SyncFixture()
        defer { fixture.stop() }
        let (laptop, tablet) = try fixture.laptopAndTablet()
        let letter = fixture.folder + "/催收函回执.txt"
        let bytes = Data("挂号信回执：2026-05-28 由本人签收".utf8)
        try bytes.write(to: URL(fileURLWithPath: letter))
        let attached = try laptop.store.attachEvidence(fileAt: letter, caption: "回执", caseID: try laptop.caseID("L-1"), at: SyncFixture.day)
        #expect(try laptop.sync().evidenceUploaded == 1)
        let pulled = try tablet.sync()
        #expect(pulled.refusals.isEmpty && pulled.pulledCaseRecords == 1 && pulled.evidenceDownloaded == 1, "\(pulled.refusals)")
        guard case .evidenceAttached(let attachment) = attached.kind else { Issue.record("not an attachment"); return }
        let arrived = try #require(tablet.store.evidenceFolder.filePath(sha256: attachment.sha256))
        #expect(FileManager.default.contents(atPath: arrived) == bytes)
        #expect(try tablet.store.caseRecords(caseID: try tablet.caseID("L-1")).attachments.map(\.value.sha256) == [attachment.sha256])
        #expect(try tablet.store.chainReport().isIntact)
        // The file is checked by `verify` like one attached here.
        try FileManager.default.removeItem(atPath: arrived)
        #expect(try tablet.store.chainReport().evidenceProblems.map(\.sha256) == [attachment.sha256])
    }

    /// A team of two enrolled agents; the case L-1 is assigned to 王磊, whose desk has pulled it.
    static func twoAgentsWithL1AtWang() throws -> (SyncFixture, SyncFixture.Desk, SyncFixture.Desk) {
        let fixture = try SyncFixture()
        do {
            let wang = try fixture.enrol(SyncFixture.wang)
            let li = try fixture.enrol(SyncFixture.li)
            try fixture.assign(["L-1"], to: SyncFixture.wang)
            _ = try wang.sync()
            return (fixture, wang, li)
        } catch {
            fixture.stop()
            throw error
        }
    }

    /// A device's stream of a case as the server holds it, read as the supervisor.
    static func serverEvents(_ fixture: SyncFixture, reference: String, device: String) throws -> [SignedEvent] {
        let output = try fixture.team.cluster.psql(["-d", fixture.team.database, "-A", "-F", "\u{1F}", "-t", "-c", """
            SELECT sequence, kind, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), payload, hash, operator_name, signature
            FROM case_event WHERE case_reference = '\(reference)' AND device = '\(device)' ORDER BY sequence
            """]).output
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return output.split(separator: "\n").map { line in
            let fields = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            return SignedEvent(stream: .caseRecords(reference: reference), sequence: Int(fields[0])!, kind: fields[1],
                               at: formatter.date(from: fields[2])!, payload: fields[3], hash: fields[4], operatorName: fields[5],
                               device: device, signature: fields[6])
        }
    }
}
