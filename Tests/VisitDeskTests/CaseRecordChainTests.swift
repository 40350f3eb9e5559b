import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// A case's own records — contacts, appointments, payments, hand marks, next actions — are a
/// chain of their own in the store-wide ledger, and what is derived from them is checked too.
@Suite struct CaseRecordChainTests {
    let day = CalendarDay(StoreFixture.start, in: .current)

    /// The fixture cases, a contact and a confirmed appointment on the first, and a visit of the
    /// second between them, so the ledger interleaves visit and case entries.
    func recordedCase() throws -> (StoreFixture, LoanCase) {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let caseID = cases[0].id!
        try fixture.store.record(.contactAttempted(ContactAttempt(channel: .sms, at: StoreFixture.start, result: .reached, note: "短信提醒")),
                                 caseID: caseID, at: StoreFixture.start)
        let visit = try fixture.startVisit(caseID: cases[1].id!)
        try fixture.store.append(.ended(reason: .noContact), to: visit.id, at: StoreFixture.start.addingTimeInterval(60))
        try fixture.store.record(.appointmentSet(appointment(confirmed: true)), caseID: caseID, at: StoreFixture.start.addingTimeInterval(120))
        return (fixture, cases[0])
    }

    func appointment(id: String = "A1", confirmed: Bool, time: String = "10:30") -> Appointment {
        Appointment(id: id, day: day.adding(days: 3), time: TimeOfDay(time) ?? TimeOfDay(hour: 10, minute: 30), place: "家中",
                    visitors: StoreFixture.visitors, confirmed: confirmed)
    }

    func tamper(_ fixture: StoreFixture, _ sql: String, _ arguments: StatementArguments = []) throws {
        try fixture.store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql, arguments: arguments)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
    }

    func onlyCaseProblem(_ fixture: StoreFixture) throws -> CaseChainProblem {
        let report = try fixture.store.chainReport()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.caseProblems.count == 1, "\(report.caseProblems)")
        return try #require(report.caseProblems.first)
    }

    @Test func recordsAreChainedAndEnteredInTheLedgerBetweenVisitEvents() throws {
        let (fixture, loanCase) = try recordedCase()
        let events = try fixture.store.caseEvents(caseID: loanCase.id!)
        #expect(events.map(\.sequence) == [1, 2])
        let payloads = try fixture.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM caseEvent WHERE caseID = ? ORDER BY sequence", arguments: [loanCase.id!])
        }
        #expect(events[0].hash == EventChain.hash(previous: "", payload: payloads[0]))
        #expect(events[1].hash == EventChain.hash(previous: events[0].hash, payload: payloads[1]))
        let entries = try fixture.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT visitID, caseID, sequence FROM ledger ORDER BY position")
        }
        #expect(entries.map { [$0[0] as Int64, ($0[1] as Int64?) ?? -1, $0[2] as Int64] }
            == [[0, loanCase.id!, 1], [1, -1, 1], [1, -1, 2], [0, loanCase.id!, 2]])
        let report = try fixture.store.chainReport()
        #expect(report.isIntact, "\(report.problemDescriptions)")
        #expect(report.description.hasPrefix("checked 1 visits, 2 events, 2 records of 1 cases, ledger of 4 entries: all intact"))
    }

    @Test func theFoldTellsWhatStands() throws {
        let (fixture, loanCase) = try recordedCase()
        try fixture.store.record(.appointmentSet(appointment(id: "A2", confirmed: false, time: "15:00")), caseID: loanCase.id!, at: StoreFixture.start)
        try fixture.store.record(.appointmentCancelled(appointmentID: "A1", reason: "对方出差"), caseID: loanCase.id!, at: StoreFixture.start)
        let records = try fixture.store.caseRecords(caseID: loanCase.id!)
        #expect(records.contacts.map(\.value.channel) == [.sms])
        #expect(records.appointments.map(\.id) == ["A2"])
        #expect(records.nextAppointmentID == "A3")
        #expect(records.eventCount == 4)
        #expect(try fixture.store.chainReport().isIntact)
    }

    @Test func anAppointmentBecomesTheNextActionUntilOneIsSetByHand() throws {
        let (fixture, loanCase) = try recordedCase()
        func nextAction() throws -> [String?] {
            try fixture.store.pool.read { db in
                let row = try #require(try Row.fetchOne(db, sql: "SELECT nextAction, nextActionKind FROM loanCase WHERE id = ?",
                                                        arguments: [loanCase.id!]))
                return [row[0], row[1]]
            }
        }
        #expect(try nextAction() == [day.adding(days: 3).description, "visit"])
        try fixture.store.record(.nextActionSet(NextAction(day: day.adding(days: 1), kind: .call, note: "先打电话")),
                                 caseID: loanCase.id!, at: StoreFixture.start)
        #expect(try nextAction() == [day.adding(days: 1).description, "call"])
    }

    @Test(arguments: [
        ("UPDATE caseEvent SET payload = replace(payload, '短信提醒', '电话提醒') WHERE sequence = 1", 1, CaseChainProblem.Kind.payloadChanged),
        ("UPDATE caseEvent SET kind = 'paymentPosted' WHERE sequence = 1", 1, .eventColumnChanged(column: "kind")),
        ("UPDATE appointment SET time = '22:00'", 2, .derivedRowChanged(table: "appointment", id: "A1")),
        ("DELETE FROM appointment", 2, .derivedRowChanged(table: "appointment", id: "A1")),
    ])
    func aChangedRecordIsNamed(sql: String, sequence: Int, kind: CaseChainProblem.Kind) throws {
        let (fixture, loanCase) = try recordedCase()
        try tamper(fixture, sql)
        let problem = try onlyCaseProblem(fixture)
        #expect(problem == CaseChainProblem(caseID: loanCase.id!, reference: loanCase.reference, sequence: sequence, kind: kind))
        #expect(problem.description.hasPrefix("case \(loanCase.reference)"))
    }

    @Test func aRemovedLastRecordIsNamedEvenWithTheCaseRowMadeToMatch() throws {
        let (fixture, loanCase) = try recordedCase()
        let events = try fixture.store.caseEvents(caseID: loanCase.id!)
        try tamper(fixture, "DELETE FROM caseEvent WHERE caseID = ? AND sequence = 2", [loanCase.id!])
        try tamper(fixture, "DELETE FROM appointment")
        try tamper(fixture, "UPDATE loanCase SET eventCount = 1, headHash = ? WHERE id = ?", [events[0].hash, loanCase.id!])
        #expect(try onlyCaseProblem(fixture).kind == .ledgerMismatch)
    }

    @Test func refusedRecordsSayWhyAndChangeNothing() throws {
        let (fixture, loanCase) = try recordedCase()
        let caseID = loanCase.id!
        let refused: [(CaseEventKind, String)] = [
            (.paymentPosted(Payment(day: day, amount: .zero, source: "x.csv:2")), "must be more than zero"),
            (.paymentPosted(Payment(day: CalendarDay(year: 1999, month: 12, day: 31), amount: Money(fen: 100), source: "x.csv:2")), "outside"),
            (.appointmentCancelled(appointmentID: "A9", reason: "x"), "no appointment A9"),
            (.obligationMarked(obligationID: "V1-1", state: .kept, reason: "已核实"), "no obligation V1-1"),
            (.obligationMarked(obligationID: "V1-1", state: .kept, reason: " "), "needs a reason"),
        ]
        for (kind, message) in refused {
            #expect {
                try fixture.store.record(kind, caseID: caseID, at: StoreFixture.start)
            } throws: { error in
                (error as? StoreError)?.explanation.en.contains(message) == true
            }
        }
        #expect(throws: StoreError.self) {
            try fixture.store.record(.contactAttempted(ContactAttempt(channel: .phone, at: StoreFixture.start, result: .reached,
                                                                      note: "\u{1B}[2J")), caseID: caseID, at: StoreFixture.start)
        }
        #expect(try fixture.store.caseEvents(caseID: caseID).count == 2)
        #expect(try fixture.store.chainReport().isIntact)
    }

    @Test func aPromiseIsAnObligationThatAPaymentKeepsAndAnUndoRemoves() throws {
        let fixture = try StoreFixture()
        let loanCase = try fixture.insertCases()[0]
        let visit = try fixture.startVisit(caseID: loanCase.id!)
        let due = day.adding(days: 7)
        let promised = try fixture.store.append(.outcomeRecorded(.promiseToPay(date: due, amount: Money(fen: 150_000), method: .bankTransfer)),
                                                to: visit.id, at: StoreFixture.start, after: visit)
        let obligations = try fixture.store.obligations(caseID: loanCase.id!)
        #expect(obligations.map(\.id) == ["V\(visit.id)-1"])
        #expect(obligations.first?.state(on: due.adding(days: 3)) == .pending)
        #expect(obligations.first?.state(on: due.adding(days: 4)) == .broken)
        try fixture.store.record(.paymentPosted(Payment(day: due, amount: Money(fen: 150_000), source: "repayments.csv:2")),
                                 caseID: loanCase.id!, at: StoreFixture.start)
        #expect(try fixture.store.obligations(caseID: loanCase.id!).map(\.settled) == [.kept])
        #expect(try fixture.store.loanCase(id: loanCase.id!)?.status == .kept)
        #expect(try fixture.store.chainReport().isIntact)
        try fixture.store.append(.undone(sequence: promised.lastUndoableSequence!), to: visit.id, at: StoreFixture.start, after: promised)
        #expect(try fixture.store.obligations(caseID: loanCase.id!).isEmpty)
    }

    /// Days are counted in the configured zone: a promise made at 01:00 in Shanghai (17:00 UTC
    /// the day before) was agreed on the Shanghai day, so a payment dated the day before it
    /// does not count for it.
    @Test(arguments: [("Asia/Shanghai", Money.zero), ("UTC", Money(fen: 10_000))])
    func theAgreementDayIsTheConfiguredZonesDay(zone: String, credited: Money) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-zone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let rule = PaymentRule(graceDays: 3, timeZone: try #require(TimeZone(identifier: zone)))
        let store = try VisitStore(path: directory.appendingPathComponent("db.sqlite").path, paymentRule: rule)
        let loanCase = try store.insertCases([StoreFixture.cases[0]])[0]
        let at = Date(timeIntervalSince1970: 1_767_286_800) // 2026-01-01 17:00 UTC, 2026-01-02 01:00 in Shanghai
        let visit = try store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent", visitors: StoreFixture.visitors,
                                         location: "家中", at: at)
        let due = CalendarDay(year: 2026, month: 1, day: 9)
        try store.append(.outcomeRecorded(.promiseToPay(date: due, amount: Money(fen: 10_000), method: .bankTransfer)),
                         to: visit.id, at: at, after: visit)
        try store.record(.paymentPosted(Payment(day: CalendarDay(year: 2026, month: 1, day: 1), amount: Money(fen: 10_000), source: "bank.csv:2")),
                         caseID: loanCase.id!, at: at)
        #expect(try store.obligations(caseID: loanCase.id!).map(\.paid) == [credited])
    }

    /// The case list shows a promise that lapsed unpaid as broken at once, though the stored
    /// status says promised until the next payments import.
    @Test func theCaseListShowsALapsedPromiseBroken() throws {
        let fixture = try StoreFixture()
        let loanCase = try fixture.insertCases()[0]
        let tenDaysAgo = Date().addingTimeInterval(-10 * 86_400)
        let visit = try fixture.store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent",
                                                 visitors: StoreFixture.visitors, location: "家中", at: tenDaysAgo)
        let due = CalendarDay(tenDaysAgo, in: .current).adding(days: 2)
        try fixture.store.append(.outcomeRecorded(.promiseToPay(date: due, amount: Money(fen: 10_000), method: .bankTransfer)),
                                 to: visit.id, at: tenDaysAgo, after: visit)
        #expect(try fixture.store.loanCase(id: loanCase.id!)?.status == .promised)
        let row = try #require(try fixture.store.caseRows(matching: loanCase.reference, limit: 5).first)
        #expect(row.loanCase.status == .broken)
        try fixture.store.record(.paymentPosted(Payment(day: due, amount: Money(fen: 10_000), source: "bank.csv:2")),
                                 caseID: loanCase.id!, at: Date())
        #expect(try fixture.store.caseRows(matching: loanCase.reference, limit: 5).first?.loanCase.status == .kept)
    }
}
