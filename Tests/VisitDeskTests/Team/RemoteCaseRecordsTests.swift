import Foundation
@testable import VisitDesk
import Testing

/// Another device's records of a case are named as this desk names appointments and
/// obligations, and fold with the case's own in the order they were recorded.
struct RemoteCaseRecordsTests {
    static let own = "11111111-2222-4333-8444-555555555555"
    static let other = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
    static let author = EventAuthor(operatorName: "李娜/WF-0400", device: other)
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func anotherDevicesAppointmentIdsCarryItsDeviceAndThisDesksOwnComeBackBare() {
        #expect(RemoteCaseNames.appointmentID("A1", recordedOn: Self.other, here: Self.own) == "A1@aaaaaaaa")
        #expect(RemoteCaseNames.appointmentID("A3@11111111", recordedOn: Self.other, here: Self.own) == "A3",
                "this desk's own A3, cancelled by the other device")
        #expect(RemoteCaseNames.appointmentID("A2@99999999", recordedOn: Self.other, here: Self.own) == "A2@99999999",
                "a third device's appointment keeps its name")
        #expect(RemoteCaseNames.appointmentID("A1", recordedOn: Self.other.uppercased(), here: nil) == "A1@aaaaaaaa")
    }

    @Test func aHandMarkFindsItsObligationThroughTheVisitsGlobalIdOrTheMarkingDevicesOwnNumber() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("remote-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path)
        let caseID = try store.insertCases([LoanCase(reference: "L-1", debtorName: "张伟", phone: "13800138001", idNumber: "110101199003074518",
                                                     address: "北京", product: "消费贷", outstanding: Money(fen: 100_000), daysOverdue: 30)])[0].id!
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [], location: "家中", at: Self.start)
        // As a visit pulled from the other device, its number 7 there.
        try store.write { db in
            try db.execute(sql: "UPDATE visit SET remote = 1, device = ?, originID = 7, uid = 'c0ffee00-0000-4000-8000-000000000001' WHERE id = ?",
                           arguments: [Self.other, visit.id])
        }
        let names = { (kind: CaseEventKind) throws -> CaseEventKind? in
            try store.read { db in try RemoteCaseNames(db: db, ownDevice: Self.own).localized(kind, device: Self.other) }
        }
        let byUID = try names(.obligationMarked(obligationID: "V42-2", state: .kept, reason: "收据", visitUID: "C0FFEE00-0000-4000-8000-000000000001"))
        #expect(byUID == .obligationMarked(obligationID: "V\(visit.id)-2", state: .kept, reason: "收据", visitUID: "C0FFEE00-0000-4000-8000-000000000001"))
        let byNumber = try names(.obligationMarked(obligationID: "V7-1", state: .broken, reason: "拒绝"))
        #expect(byNumber == .obligationMarked(obligationID: "V\(visit.id)-1", state: .broken, reason: "拒绝"))
        #expect(try names(.obligationMarked(obligationID: "V8-1", state: .kept, reason: "收据")) == nil, "a visit this desk does not hold")
        #expect(try names(.obligationMarked(obligationID: "garbage", state: .kept, reason: "收据")) == nil)
    }

    @Test func aPulledRecordHoldingAControlCharacterIsRefusedAndNothingOfItsBatchIsKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("remote-unsafe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let wang = DeviceIdentity.generate(for: Visitor(name: "王磊", badge: "WF-0312"))
        let store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path,
                                   device: DeviceIdentity.generate(for: Visitor(name: "李娜", badge: "WF-0400")))
        let caseID = try store.insertCases([LoanCase(reference: "L-1", debtorName: "张伟", phone: "13800138001", idNumber: "110101199003074518",
                                                     address: "北京", product: "消费贷", outstanding: Money(fen: 100_000), daysOverdue: 30)])[0].id!
        try store.storeTeamDevices([SyncDeviceKey(id: wang.deviceID, badge: "WF-0312", publicKey: wang.publicKey)])
        var previous = ""
        let events = try ["打过电话", "清屏\u{1B}[2J"].enumerated().map { offset, note in
            let at = Self.start.addingTimeInterval(Double(offset) * 60)
            let payload = try CaseEventChain.payload(caseID: 9, sequence: offset + 1, at: at,
                                                     kind: .contactAttempted(ContactAttempt(channel: .phone, at: at, result: .reached, note: note)),
                                                     encoder: EventChain.encoder())
            let hash = EventChain.hash(previous: previous, payload: payload)
            previous = hash
            let signature = wang.signature(of: EventSignature.message(stream: EventSignature.caseStream("L-1"), sequence: offset + 1, hash: hash,
                                                                      device: wang.deviceID, operatorName: wang.operatorName))
            return SignedEvent(stream: .caseRecords(reference: "L-1"), sequence: offset + 1, kind: "contactAttempted", at: at, payload: payload,
                               hash: hash, operatorName: wang.operatorName, device: wang.deviceID, signature: signature)
        }
        let refusal = try #require(try store.storeRemoteCaseRecords(SyncRemoteCaseRecords(caseReference: "L-1", device: wang.deviceID, events: events)))
        #expect(refusal.reason.hasPrefix("case/L-1 event 2: its note holds"), "\(refusal.reason)")
        #expect(try store.caseRecordLog(caseID: caseID).isEmpty)
        #expect(try store.storeRemoteCaseRecords(SyncRemoteCaseRecords(caseReference: "L-1", device: wang.deviceID,
                                                                       events: Array(events.prefix(1)))) == nil)
        #expect(try store.caseRecordLog(caseID: caseID).map(\.author?.operatorName) == ["王磊/WF-0312"])
        #expect(try store.chainReport().isIntact)
    }

    @Test func othersRecordsFoldInTimeOrderLeavingTheOwnChainsHeadAndCountingAPaymentPostedTwiceOnce() {
        let payment = Payment(day: CalendarDay(year: 2026, month: 5, day: 28), amount: Money(yuan: 500), source: "bank.csv:3")
        let own = [
            CaseEvent(caseID: 1, sequence: 1, at: Self.start, kind: .nextActionSet(NextAction(day: CalendarDay(year: 2026, month: 6, day: 1), kind: .call)), hash: "h1"),
            CaseEvent(caseID: 1, sequence: 2, at: Self.start.addingTimeInterval(300), kind: .paymentPosted(payment), hash: "h2"),
        ]
        let others = [
            AuthoredCaseEvent(event: CaseEvent(caseID: 1, sequence: 1, at: Self.start.addingTimeInterval(100), kind: .paymentPosted(payment), hash: "r1"),
                              author: Self.author),
            AuthoredCaseEvent(event: CaseEvent(caseID: 1, sequence: 2, at: Self.start.addingTimeInterval(600),
                                               kind: .nextActionSet(NextAction(day: CalendarDay(year: 2026, month: 6, day: 3), kind: .visit)), hash: "r2"),
                              author: Self.author),
        ]
        let records = CaseRecords.fold(own, others: others)
        #expect(records.headHash == "h2" && records.eventCount == 2)
        #expect(records.payments.count == 1 && records.payments.first?.author == Self.author, "the other device posted it first")
        #expect(records.nextAction?.value.kind == .visit && records.nextAction?.author == Self.author, "the later setting")
        #expect(CaseRecords.fold(own, others: []) == CaseRecords.fold(own))
    }
}
