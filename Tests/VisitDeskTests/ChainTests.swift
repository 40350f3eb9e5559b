import Foundation
import GRDB
import Testing
@testable import VisitDesk

@Suite struct ChainTests {
    /// Two visits of five events each; returns the fixture and the id of the first visit.
    func recordedVisits() throws -> (StoreFixture, Int64, Int64) {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        var ids: [Int64] = []
        for loanCase in cases.prefix(2) {
            let visit = try fixture.startVisit(caseID: loanCase.id!)
            for (offset, kind) in [VisitEventKind.stageEntered(stageID: "notice"), .itemMarked(itemID: "a", mark: .done),
                                   .noteAdded(noteID: "n4", text: "原始记录"), .ended(reason: .completed)].enumerated() {
                try fixture.store.append(kind, to: visit.id, at: StoreFixture.start.addingTimeInterval(Double(offset) * 60))
            }
            ids.append(visit.id)
        }
        return (fixture, ids[0], ids[1])
    }

    @Test func eachEventHashesThePreviousHashAndItsCanonicalEncoding() throws {
        let (fixture, visitID, _) = try recordedVisits()
        let events = try fixture.store.events(visitID: visitID)
        let payloads = try fixture.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM visitEvent WHERE visitID = ? ORDER BY sequence", arguments: [visitID])
        }
        var previous = ""
        for (event, payload) in zip(events, payloads) {
            #expect(event.hash == EventChain.hash(previous: previous, payload: payload))
            previous = event.hash
        }
        #expect(payloads[3].hasPrefix("{\"at\":\"2026-01-01T02:02:00.000Z\",\"kind\":{\"noteAdded\":{\"noteID\":\"n4\",\"text\":\"原始记录\"}},\"sequence\":4,\"visitID\":\(visitID)}"))
        #expect(try fixture.store.visit(id: visitID).headHash == previous)
    }

    @Test func untouchedChainsVerify() throws {
        let (fixture, _, _) = try recordedVisits()
        #expect(try fixture.store.verify() == [])
    }

    @Test func aChangedPayloadIsNamed() throws {
        let (fixture, visitID, _) = try recordedVisits()
        try fixture.store.pool.write { db in
            try db.execute(sql: "UPDATE visitEvent SET payload = replace(payload, '原始记录', '改过的记录') WHERE visitID = ? AND sequence = 4",
                           arguments: [visitID])
        }
        #expect(try fixture.store.verify() == [ChainProblem(visitID: visitID, sequence: 4, kind: .payloadChanged)])
    }

    @Test func aDeletedRowIsNamed() throws {
        let (fixture, visitID, otherID) = try recordedVisits()
        try fixture.store.pool.write { db in
            try db.execute(sql: "DELETE FROM visitEvent WHERE visitID = ? AND sequence = 3", arguments: [visitID])
            try db.execute(sql: "DELETE FROM visitEvent WHERE visitID = ? AND sequence = 5", arguments: [otherID])
        }
        #expect(try fixture.store.verify() == [
            ChainProblem(visitID: visitID, sequence: 3, kind: .missingEvent),
            ChainProblem(visitID: otherID, sequence: 5, kind: .missingEvent),
        ])
    }

    @Test func aReorderedRowIsNamed() throws {
        let (fixture, visitID, _) = try recordedVisits()
        try fixture.store.pool.write { db in
            try db.execute(sql: "UPDATE visitEvent SET sequence = sequence + 100 WHERE visitID = ? AND sequence IN (2, 3)", arguments: [visitID])
            try db.execute(sql: "UPDATE visitEvent SET sequence = 3 WHERE visitID = ? AND sequence = 102", arguments: [visitID])
            try db.execute(sql: "UPDATE visitEvent SET sequence = 2 WHERE visitID = ? AND sequence = 103", arguments: [visitID])
        }
        #expect(try fixture.store.verify() == [ChainProblem(visitID: visitID, sequence: 2, kind: .outOfOrder(holds: 3))])
    }

    @Test func aRewrittenHeadIsNamed() throws {
        let (fixture, visitID, _) = try recordedVisits()
        try fixture.store.pool.write { db in
            try db.execute(sql: "UPDATE visit SET headHash = 'forged' WHERE id = ?", arguments: [visitID])
        }
        #expect(try fixture.store.verify() == [ChainProblem(visitID: visitID, sequence: 5, kind: .headMismatch)])
        #expect(ChainProblem(visitID: 1, sequence: 2, kind: .outOfOrder(holds: 3)).description
            == "visit 1, event 2: the row holds event 3 (events reordered)")
    }
}
