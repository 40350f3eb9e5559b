import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// A database from before the team gets global ids for its visits, keeps the number its events
/// name, and its chains still verify — before and after this device signs them.
@Suite struct TeamMigrationTests {
    @Test func anOlderDatabaseGetsGlobalIDsAndItsChainsStillVerify() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-v5-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("v5.sqlite").path
        let old = try DatabasePool(path: path)
        try StoreMigrations.migrator.migrate(old, upTo: "v5-between-visits")
        let start = StoreFixture.start
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO loanCase (id, reference, debtorName, phone, idNumber, address, product, outstandingFen, daysOverdue,
                                      status, assignedAgent, tags)
                VALUES (1, 'HB-1', '张伟', '13812345678', '110105198803121234', '北京', '花呗', 500000, 3, 'open', '', '')
                """)
            for visitID: Int64 in [1, 2] {
                let kinds: [VisitEventKind] = [
                    .started(role: .agent, playbookID: "agent", visitors: [], location: "家中",
                             binding: CaseBinding(reference: "HB-1", outstanding: Money(fen: 500_000), daysOverdue: 3, status: .open)),
                    .ended(reason: .completed),
                ]
                try db.execute(sql: "INSERT INTO visit VALUES (?, 1, 'agent', 'agent', ?, ?, 'completed', NULL, 'open', 2, '', ?)",
                               arguments: [visitID, start, start, start])
                var previous = ""
                for (offset, kind) in kinds.enumerated() {
                    let payload = try EventChain.payload(visitID: visitID, sequence: offset + 1, at: start, kind: kind, encoder: EventChain.encoder())
                    let hash = EventChain.hash(previous: previous, payload: payload)
                    try EventRecord(visitID: visitID, sequence: offset + 1, kind: kind.name, at: start, payload: payload, hash: hash).insert(db)
                    try Ledger.append(visitID: visitID, sequence: offset + 1, eventHash: hash, db: db)
                    previous = hash
                }
                try db.execute(sql: "UPDATE visit SET headHash = ? WHERE id = ?", arguments: [previous, visitID])
            }
        }
        try old.close()

        let store = try VisitStore(path: path)
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT id, uid, originID FROM visit ORDER BY id") }
        let uids = rows.map { $0["uid"] as String? }
        #expect(uids.allSatisfy { $0.flatMap(UUID.init(uuidString:)) != nil })
        #expect(Set(uids).count == 2)
        #expect(rows.map { $0["originID"] as Int64? } == [1, 2])
        #expect(try store.chainReport().isIntact)

        let signing = try VisitStore(path: path, device: DeviceIdentity.generate(for: Visitor(name: "王磊", badge: "WF-0312")))
        #expect(try signing.signUnsignedEvents() == 4)
        #expect(try signing.chainReport().isIntact)
    }
}
