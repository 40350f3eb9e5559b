import Foundation
import GRDB
import Testing
@testable import VisitDesk

/// A chain head printed on a paper record, checked against the store later.
@Suite struct PaperCheckTests {
    /// One visit of `events` events; returns the fixture, the visit id and its event hashes in order.
    func recordedVisit(events: Int = 5) throws -> (StoreFixture, Int64, [String]) {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        for index in 1..<events {
            try fixture.store.append(.noteAdded(noteID: "n\(index)", text: "第\(index)条记录"), to: visit.id,
                                     at: StoreFixture.start.addingTimeInterval(Double(index) * 60))
        }
        return (fixture, visit.id, try fixture.store.events(visitID: visit.id).map(\.hash))
    }

    @Test func theLastHeadIsCurrent() throws {
        let (fixture, visitID, hashes) = try recordedVisit()
        let check = try fixture.store.paperCheck(visitID: visitID, head: PaperHead(hashes[4]))
        #expect(check.standing == .current)
        #expect(check.eventCount == 5)
        #expect(check.currentHead == hashes[4])
    }

    @Test func twelveDigitsAreEnoughAndCountTheEventsAddedSince() throws {
        let (fixture, visitID, hashes) = try recordedVisit()
        let check = try fixture.store.paperCheck(visitID: visitID, head: PaperHead(String(hashes[1].prefix(12))))
        #expect(check.standing == .followedBy(sequence: 2, eventsAfter: 3))
        #expect(check.isOnChain)
    }

    @Test func aHeadReadAloudInGroupsAndUpperCaseIsAccepted() throws {
        let (fixture, visitID, hashes) = try recordedVisit()
        let digits = Array(hashes[3].prefix(12).uppercased())
        let grouped = "\(String(digits[0..<4])) \(String(digits[4..<8]))-\(String(digits[8..<12]))"
        #expect(try fixture.store.paperCheck(visitID: visitID, head: PaperHead(grouped)).standing
                == .followedBy(sequence: 4, eventsAfter: 1))
    }

    @Test func aHeadOfAnotherVisitIsNotOnTheChain() throws {
        let (fixture, visitID, _) = try recordedVisit()
        let other = try fixture.startVisit(caseID: try fixture.store.cases(matching: "李娜", offset: 0, limit: 1)[0].id!)
        let check = try fixture.store.paperCheck(visitID: visitID, head: PaperHead(other.headHash))
        #expect(check.standing == .notOnChain)
        #expect(!check.isOnChain)
    }

    @Test func aRewrittenEventTakesThePaperOffTheChainEvenWithItsOldHashKept() throws {
        let (fixture, visitID, hashes) = try recordedVisit()
        try fixture.store.pool.write { db in
            try db.execute(sql: "UPDATE visitEvent SET payload = replace(payload, '第2条记录', '改过的记录') WHERE visitID = ? AND sequence = 3",
                           arguments: [visitID])
        }
        let check = try fixture.store.paperCheck(visitID: visitID, head: PaperHead(hashes[4]))
        #expect(check.standing == .chainBroken(sequence: 3))
        #expect(!check.isOnChain)
    }

    @Test func eventsRemovedFromTheEndLeaveAPrintedLaterHeadOffTheChain() throws {
        let (fixture, visitID, hashes) = try recordedVisit()
        try fixture.store.pool.write { db in
            try db.execute(sql: "DELETE FROM visitEvent WHERE visitID = ? AND sequence = 5", arguments: [visitID])
        }
        #expect(try fixture.store.paperCheck(visitID: visitID, head: PaperHead(hashes[4])).standing == .notOnChain)
    }

    @Test func anUnknownVisitIsNamed() throws {
        let (fixture, _, hashes) = try recordedVisit()
        #expect(throws: StoreError.visitNotFound(id: 99)) {
            try fixture.store.paperCheck(visitID: 99, head: PaperHead(hashes[0]))
        }
    }

    @Test func shortOrNonHexHeadsAreRefusedWithTheReason() {
        #expect(throws: PaperHeadError.tooShort(text: "3f2a9c41", digits: 8)) { try PaperHead("3f2a9c41") }
        #expect(throws: PaperHeadError.notHex(text: "3f2a9c410b7g", character: "g")) { try PaperHead("3f2a9c410b7g") }
        #expect(throws: PaperHeadError.tooLong(text: String(repeating: "a", count: 65), digits: 65)) {
            try PaperHead(String(repeating: "a", count: 65))
        }
        #expect(throws: PaperHeadError.notHex(text: "３f2a9c410b7e", character: "３")) { try PaperHead("３f2a9c410b7e") }
        #expect(PaperHeadError.tooShort(text: "3f2a", digits: 4).description.contains("at least 12 hex digits"))
    }
}
