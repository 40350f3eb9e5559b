import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// The record beyond each visit's own chain: the case a visit belongs to, the visit row and the
/// store-wide ledger. Every tamper here went unnoticed before the ledger and the case binding.
@Suite struct WholeRecordChainTests {
    /// Two ended visits of five events each (cases HB-2025-0113 and JB-2025-0207).
    func recordedVisits() throws -> (StoreFixture, Int64, Int64) {
        try ChainTests().recordedVisits()
    }

    /// Runs raw SQL with foreign keys off, as someone editing the file by hand would.
    func tamper(_ fixture: StoreFixture, _ sql: String, _ arguments: StatementArguments = []) throws {
        try fixture.store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql, arguments: arguments)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
    }

    func onlyProblem(_ fixture: StoreFixture) throws -> ChainProblem {
        let problems = try fixture.store.verify()
        #expect(problems.count == 1, "\(problems)")
        return try #require(problems.first)
    }

    @Test func theStartedEventNamesTheCaseAndItsDebtAtTheStart() throws {
        let (fixture, visitID, _) = try recordedVisits()
        let started = try #require(try fixture.store.events(visitID: visitID).first)
        guard case .started(_, _, _, _, let binding) = started.kind else {
            Issue.record("the first event is \(started.kind)")
            return
        }
        #expect(binding == CaseBinding(reference: "HB-2025-0113", outstanding: Money(fen: 6_212_070), daysOverdue: 186, status: .open))
    }

    @Test func everyCommittedEventIsInTheLedgerInCommitOrder() throws {
        let (fixture, visitID, otherID) = try recordedVisits()
        let entries = try fixture.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT visitID, sequence, eventHash, previousHash, hash FROM ledger ORDER BY position")
        }
        let events = try fixture.store.events(visitID: visitID) + fixture.store.events(visitID: otherID)
        #expect(entries.map { [$0[0], $0[1]] as [Int64] } == events.map { [$0.visitID, Int64($0.sequence)] })
        var previous = ""
        for (entry, event) in zip(entries, events) {
            #expect(entry[2] == event.hash)
            #expect(entry[3] == previous)
            #expect(entry[4] == Ledger.hash(previous: previous, visitID: event.visitID, sequence: event.sequence, eventHash: event.hash))
            previous = entry[4]
        }
    }

    @Test func aDeletedVisitIsNamed() throws {
        let (fixture, visitID, _) = try recordedVisits()
        try tamper(fixture, "DELETE FROM visitEvent WHERE visitID = ?", [visitID])
        try tamper(fixture, "DELETE FROM visit WHERE id = ?", [visitID])
        let problem = try onlyProblem(fixture)
        #expect(problem == ChainProblem(visitID: visitID, sequence: 0, kind: .visitDeleted(events: 5)))
        #expect(problem.description == "visit \(visitID): the store-wide ledger records 5 events of it but the visit is gone (deleted)")
    }

    @Test func aRemovedLastEventIsNamedEvenWithTheRowMadeToMatch() throws {
        let (fixture, visitID, _) = try recordedVisits()
        let events = try fixture.store.events(visitID: visitID)
        try tamper(fixture, "DELETE FROM visitEvent WHERE visitID = ? AND sequence = 5", [visitID])
        try tamper(fixture, "UPDATE visit SET headHash = ?, eventCount = 4, lastEventAt = ?, endedAt = NULL, endReason = NULL WHERE id = ?",
                   [events[3].hash, events[3].at, visitID])
        let problem = try onlyProblem(fixture)
        #expect(problem == ChainProblem(visitID: visitID, sequence: 5, kind: .ledgerMismatch))
        #expect(problem.description.hasPrefix("visit \(visitID), event 5: "))
    }

    @Test(arguments: [
        ("outcomeCode = 'refusedToPay'", ChainProblem.Kind.rowMismatch(column: "outcomeCode", row: "refusedToPay", events: "empty")),
        ("role = 'debtor'", .rowMismatch(column: "role", row: "debtor", events: "agent")),
        ("playbookID = 'debtor'", .rowMismatch(column: "playbookID", row: "debtor", events: "agent")),
        ("endReason = 'askedToLeave'", .rowMismatch(column: "endReason", row: "askedToLeave", events: "completed")),
        ("endedAt = NULL, endReason = NULL", .rowMismatch(column: "endedAt", row: "empty", events: "2026-01-01T02:03:00.000Z")),
        ("startedAt = '2025-12-31 02:00:00.000'",
         .rowMismatch(column: "startedAt", row: "2025-12-31T02:00:00.000Z", events: "2026-01-01T02:00:00.000Z")),
        ("caseStatusAtStart = 'settled'", .rowMismatch(column: "caseStatusAtStart", row: "settled", events: "open")),
        ("caseID = (SELECT id FROM loanCase WHERE reference = 'HB-2025-0241')",
         .movedToOtherCase(row: "HB-2025-0241", bound: "HB-2025-0113")),
        ("caseID = 999", .movedToOtherCase(row: nil, bound: "HB-2025-0113")),
    ])
    func aChangedVisitRowIsNamed(change: String, expected: ChainProblem.Kind) throws {
        let (fixture, visitID, _) = try recordedVisits()
        try tamper(fixture, "UPDATE visit SET \(change) WHERE id = ?", [visitID])
        let problem = try onlyProblem(fixture)
        #expect(problem == ChainProblem(visitID: visitID, sequence: 0, kind: expected))
        #expect(problem.description.hasPrefix("visit \(visitID): "))
    }

    @Test(arguments: [("kind = 'ended'", "kind"), ("at = '2030-01-01 00:00:00.000'", "at")])
    func aChangedEventColumnOutsideThePayloadIsNamed(change: String, column: String) throws {
        let (fixture, visitID, _) = try recordedVisits()
        try tamper(fixture, "UPDATE visitEvent SET \(change) WHERE visitID = ? AND sequence = 3", [visitID])
        let problem = try onlyProblem(fixture)
        #expect(problem == ChainProblem(visitID: visitID, sequence: 3, kind: .eventColumnChanged(column: column)))
        #expect(problem.description.hasPrefix("visit \(visitID), event 3: the row's \(column) column"))
    }

    @Test func reorderedLedgerEntriesAreNamed() throws {
        let (fixture, visitID, otherID) = try recordedVisits()
        try tamper(fixture, "UPDATE ledger SET position = -position WHERE position IN (5, 6)")
        try tamper(fixture, "UPDATE ledger SET position = 6 WHERE position = -5")
        try tamper(fixture, "UPDATE ledger SET position = 5 WHERE position = -6")
        let problems = try fixture.store.verify()
        #expect(problems.contains(ChainProblem(visitID: otherID, sequence: 1, kind: .ledgerBroken(position: 5))), "\(problems)")
        #expect(problems.allSatisfy { $0.visitID == visitID || $0.visitID == otherID })
        #expect(problems.first { $0.kind == .ledgerBroken(position: 5) }?.description
            == "visit \(otherID), event 1: ledger entry 5 does not follow the entry before it (ledger entries reordered, changed or removed)")
    }

    @Test func aTruncatedLedgerIsNamed() throws {
        let (fixture, _, otherID) = try recordedVisits()
        try tamper(fixture, "DELETE FROM ledger WHERE position > 7")
        let problem = try onlyProblem(fixture)
        #expect(problem == ChainProblem(visitID: otherID, sequence: 3, kind: .notInLedger))
        #expect(problem.description.hasPrefix("visit \(otherID), event 3: the event is not in the store-wide ledger"))
    }

    @Test func aVisitMovedInTheLedgerIsNamed() throws {
        let (fixture, visitID, otherID) = try recordedVisits()
        try tamper(fixture, "UPDATE ledger SET visitID = ? WHERE visitID = ?", [otherID + 100, otherID])
        let problems = try fixture.store.verify()
        #expect(problems.contains(ChainProblem(visitID: otherID, sequence: 1, kind: .notInLedger)))
        #expect(problems.contains(ChainProblem(visitID: otherID + 100, sequence: 0, kind: .visitDeleted(events: 5))))
        #expect(!problems.contains { $0.visitID == visitID })
    }

    @Test func theLatestVisitRemovedWithTheEndOfTheLedgerIsCaughtByANotedHead() throws {
        let (fixture, _, otherID) = try recordedVisits()
        let noted = try fixture.store.chainReport().ledgerHead
        let earlier = try fixture.store.pool.read { db in try String.fetchOne(db, sql: "SELECT hash FROM ledger WHERE position = 5") }
        let cases = try fixture.store.cases(matching: nil, offset: 0, limit: 10)
        let later = try fixture.startVisit(caseID: cases[2].id!)
        #expect(try fixture.store.chainReport(expectedLedgerEntry: noted).isIntact, "a noted head stays in a growing ledger")

        for table in ["visitEvent", "ledger"] { try tamper(fixture, "DELETE FROM \(table) WHERE visitID IN (?, ?)", [otherID, later.id]) }
        try tamper(fixture, "DELETE FROM visit WHERE id IN (?, ?)", [otherID, later.id])
        #expect(try fixture.store.verify() == [], "without an anchor the shortened record is whole")
        let report = try fixture.store.chainReport(expectedLedgerEntry: noted)
        #expect(!report.isIntact && report.missingLedgerEntry == noted)
        #expect(report.description.contains("the ledger no longer holds entry \(noted) noted earlier"))
        #expect(try fixture.store.chainReport(expectedLedgerEntry: earlier).isIntact)
    }

    @Test func theDemoDatabaseVerifiesAndSaysWhatItChecked() throws {
        let fixture = try StoreFixture()
        try fixture.store.insertDemoData()
        let report = try fixture.store.chainReport()
        let events = DemoData.visits.reduce(0) { $0 + $1.events.count + 1 } + DemoEvidence.all.count
        let records = DemoData.caseWork.count, cases = Set(DemoData.caseWork.map(\.caseReference)).count
        #expect(report.isIntact)
        #expect(report.visitCount == DemoData.visits.count)
        #expect(report.eventCount == events)
        #expect(report.ledgerLength == events + records)
        #expect(report.description == "checked \(DemoData.visits.count) visits, \(events) events, \(records) records of \(cases) cases, \(DemoEvidence.all.count) evidence files, ledger of \(events + records) entries: all intact")
    }

    /// A database as the version before the ledger wrote it: events without case binding, no ledger.
    @Test func anOlderDatabaseGetsItsLedgerAndStillVerifies() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-old-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("old.sqlite").path
        let old = try DatabasePool(path: path)
        try StoreMigrations.migrator.migrate(old, upTo: "v1-search")
        let start = StoreFixture.start
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO loanCase VALUES (1, 'HB-1', '张伟', '13812345678', '110105198803121234', '北京', '花呗', 100, 3, 'open', '', '');
                """)
            let kinds: [VisitEventKind] = [.started(role: .agent, playbookID: "agent", visitors: [], location: "家中"), .ended(reason: .noContact)]
            var previous = ""
            for (offset, kind) in kinds.enumerated() {
                let payload = try EventChain.payload(visitID: 1, sequence: offset + 1, at: start, kind: kind, encoder: EventChain.encoder())
                #expect(!payload.contains("binding"))
                let hash = EventChain.hash(previous: previous, payload: payload)
                if offset == 0 {
                    try db.execute(sql: "INSERT INTO visit VALUES (1, 1, 'agent', 'agent', ?, NULL, NULL, NULL, 'open', 0, '', ?)",
                                   arguments: [start, start])
                }
                try EventRecord(visitID: 1, sequence: offset + 1, kind: kind.name, at: start, payload: payload, hash: hash).insert(db)
                previous = hash
            }
            try db.execute(sql: "UPDATE visit SET endedAt = ?, endReason = 'noContact', eventCount = 2, headHash = ? WHERE id = 1",
                           arguments: [start, previous])
        }
        try old.close()

        let store = try VisitStore(path: path)
        let report = try store.chainReport()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.ledgerLength == 2)
        #expect(report.unboundVisitCount == 1)
        #expect(report.description.hasSuffix("so their case is not checked"))
        let visit = try store.startVisit(caseID: 1, role: .debtor, playbookID: "debtor", visitors: [], location: "", at: start)
        try store.append(.ended(reason: .completed), to: visit.id, at: start)
        let after = try store.chainReport()
        #expect(after.isIntact && after.ledgerLength == 4 && after.unboundVisitCount == 1)
    }
}
