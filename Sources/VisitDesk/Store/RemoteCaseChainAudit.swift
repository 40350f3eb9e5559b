import Foundation
import GRDB

/// The part of `verify` that checks other devices' records of cases, as sync pulled them: each
/// device's stream of a case whole from its first event (its chain, its rows' columns) and
/// matching the ledger's entries for it. Their signatures are checked by `SignatureAudit`, and
/// what they derive (appointments, obligations) with the case's own records by `CaseChainAudit`.
struct RemoteCaseChainAudit {
    let db: Database

    /// One device's stream of a case.
    struct Stream: Hashable {
        var caseID: Int64
        var device: String
    }

    struct Result {
        var eventCount = 0
        var problems: [CaseChainProblem] = []
    }

    func run(ledger tallies: [Stream: CaseChainAudit.LedgerTally]) throws -> Result {
        var result = Result()
        var tallies = tallies
        let decoder = JSONDecoder()
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.caseID, r.device, r.sequence, r.kind, r.at, r.payload, r.hash, c.reference
            FROM remoteCaseEvent r LEFT JOIN loanCase c ON c.id = r.caseID ORDER BY r.caseID, r.device, r.sequence
            """)
        var streams: [(Stream, String, [Row])] = []
        for row in rows {
            let stream = Stream(caseID: row[0], device: row[1])
            if streams.last?.0 == stream { streams[streams.count - 1].2.append(row) } else { streams.append((stream, row[7] ?? "#\(stream.caseID)", [row])) }
        }
        for (stream, reference, events) in streams {
            result.eventCount += events.count
            let tally = tallies.removeValue(forKey: stream) ?? CaseChainAudit.LedgerTally()
            if let problem = check(events, tally: tally, decoder: decoder) {
                result.problems.append(CaseChainProblem(caseID: stream.caseID, reference: Self.name(reference, stream.device),
                                                        sequence: problem.sequence, kind: problem.kind))
            }
        }
        // Ledger entries of streams this desk no longer holds: their records were deleted.
        for (stream, tally) in tallies.sorted(by: { ($0.key.caseID, $0.key.device) < ($1.key.caseID, $1.key.device) }) {
            let reference = try String.fetchOne(db, sql: "SELECT reference FROM loanCase WHERE id = ?", arguments: [stream.caseID]) ?? "#\(stream.caseID)"
            result.problems.append(CaseChainProblem(caseID: stream.caseID, reference: Self.name(reference, stream.device),
                                                    sequence: tally.count, kind: .ledgerMismatch))
        }
        return result
    }

    /// `L-1 (device 1a2b3c4d)`: the case and whose records of it.
    private static func name(_ reference: String, _ device: String) -> String {
        "\(reference) (device \(EventAuthor.shortDevice(device)))"
    }

    private func check(_ rows: [Row], tally: CaseChainAudit.LedgerTally, decoder: JSONDecoder) -> (sequence: Int, kind: CaseChainProblem.Kind)? {
        var previous = ""
        for (offset, row) in rows.enumerated() {
            let expected = offset + 1
            let payload: String = row[5], hash: String = row[6]
            guard row[2] == expected else { return (expected, .missingEvent) }
            guard EventChain.hash(previous: previous, payload: payload) == hash else { return (expected, .payloadChanged) }
            // The payload numbers the case as the recording device does; only its sequence must match.
            guard let decoded = try? decoder.decode(CaseEventChain.Payload.self, from: Data(payload.utf8)),
                  decoded.sequence == expected else { return (expected, .unreadable) }
            if row[3] != decoded.kind.name { return (expected, .eventColumnChanged(column: "kind")) }
            if Date.fromDatabaseValue(row[4] as DatabaseValue).map(Timestamp.iso8601) != decoded.at {
                return (expected, .eventColumnChanged(column: "at"))
            }
            previous = hash
        }
        if tally.count != rows.count || tally.lastEventHash != previous { return (rows.count, .ledgerMismatch) }
        return nil
    }
}
