import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// A database written before case records existed gets its obligations and next action kinds
/// when it is opened, and still verifies.
@Suite struct BetweenVisitsMigrationTests {
    @Test func anOlderDatabaseWithAPromiseGetsItsObligation() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-v4-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("v4.sqlite").path
        let old = try DatabasePool(path: path)
        try StoreMigrations.migrator.migrate(old, upTo: "v4-search-one-character")
        let start = StoreFixture.start
        let due = CalendarDay(start, in: .current).adding(days: 5)
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO loanCase (id, reference, debtorName, phone, idNumber, address, product, outstandingFen, daysOverdue,
                                      status, assignedAgent, tags, lastOutcome, nextAction)
                VALUES (1, 'HB-1', '张伟', '13812345678', '110105198803121234', '北京', '花呗', 500000, 3, 'promised', '', '',
                        'promiseToPay', ?)
                """, arguments: [due.description])
            let kinds: [VisitEventKind] = [
                .started(role: .agent, playbookID: "agent", visitors: [], location: "家中",
                         binding: CaseBinding(reference: "HB-1", outstanding: Money(fen: 500_000), daysOverdue: 3, status: .open)),
                .outcomeRecorded(.promiseToPay(date: due, amount: Money(fen: 200_000), method: .bankTransfer)),
                .ended(reason: .completed),
            ]
            try db.execute(sql: "INSERT INTO visit VALUES (1, 1, 'agent', 'agent', ?, NULL, NULL, NULL, 'open', 0, '', ?)",
                           arguments: [start, start])
            var previous = ""
            for (offset, kind) in kinds.enumerated() {
                let payload = try EventChain.payload(visitID: 1, sequence: offset + 1, at: start, kind: kind, encoder: EventChain.encoder())
                let hash = EventChain.hash(previous: previous, payload: payload)
                try EventRecord(visitID: 1, sequence: offset + 1, kind: kind.name, at: start, payload: payload, hash: hash).insert(db)
                try Ledger.append(visitID: 1, sequence: offset + 1, eventHash: hash, db: db)
                previous = hash
            }
            try db.execute(sql: """
                UPDATE visit SET endedAt = ?, endReason = 'completed', outcomeCode = 'promiseToPay', eventCount = 3, headHash = ? WHERE id = 1
                """, arguments: [start, previous])
        }
        try old.close()

        let store = try VisitStore(path: path)
        let obligations = try store.obligations(caseID: 1)
        #expect(obligations.map(\.id) == ["V1-1"])
        #expect(obligations.first?.amount == Money(fen: 200_000))
        #expect(obligations.first?.due == due)
        let kind = try store.pool.read { db in try String.fetchOne(db, sql: "SELECT nextActionKind FROM loanCase WHERE id = 1") }
        #expect(kind == "checkPayment")
        let report = try store.chainReport()
        #expect(report.isIntact, "\(report.problemDescriptions)")
    }
}
