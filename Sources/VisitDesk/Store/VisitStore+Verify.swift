import Foundation
import GRDB

extension VisitStore {
    /// Recomputes every visit's hash chain; returns the first bad row of each visit that has one.
    public func verify() throws(StoreError) -> [ChainProblem] {
        try read { db in
            let decoder = JSONDecoder()
            var problems: [ChainProblem] = []
            let visits = try Row.fetchAll(db, sql: "SELECT id, headHash, eventCount FROM visit ORDER BY id")
            let eventsOfVisit = try db.cachedStatement(sql: "SELECT * FROM visitEvent WHERE visitID = ? ORDER BY sequence")
            for visit in visits {
                let visitID: Int64 = visit[0]
                let records = try EventRecord.fetchCursor(eventsOfVisit, arguments: [visitID])
                if let problem = try VisitStore.firstProblem(visitID: visitID, headHash: visit[1], eventCount: visit[2],
                                                             records: records, decoder: decoder) {
                    problems.append(problem)
                }
            }
            return problems
        }
    }

    private static func firstProblem(visitID: Int64, headHash: String, eventCount: Int, records: RecordCursor<EventRecord>,
                                     decoder: JSONDecoder) throws -> ChainProblem? {
        var previous = ""
        var expected = 1
        while let record = try records.next() {
            if record.sequence != expected {
                return ChainProblem(visitID: visitID, sequence: expected, kind: .missingEvent)
            }
            if EventChain.hash(previous: previous, payload: record.payload) != record.hash {
                // Only a broken link is decoded, to tell a moved event from a changed one.
                guard let payload = try? decoder.decode(EventChain.Payload.self, from: Data(record.payload.utf8)) else {
                    return ChainProblem(visitID: visitID, sequence: expected, kind: .unreadable)
                }
                if payload.sequence != expected || payload.visitID != visitID {
                    return ChainProblem(visitID: visitID, sequence: expected, kind: .outOfOrder(holds: payload.sequence))
                }
                return ChainProblem(visitID: visitID, sequence: expected, kind: .payloadChanged)
            }
            previous = record.hash
            expected += 1
        }
        if previous != headHash || expected - 1 != eventCount {
            return expected - 1 < eventCount
                ? ChainProblem(visitID: visitID, sequence: expected, kind: .missingEvent)
                : ChainProblem(visitID: visitID, sequence: expected - 1, kind: .headMismatch)
        }
        return nil
    }
}
