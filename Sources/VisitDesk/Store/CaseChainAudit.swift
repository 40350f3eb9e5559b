import Foundation
import GRDB

/// The part of `verify` that checks cases' own records: each case's chain and head, its event
/// rows' columns, the ledger's entries for it, and the tables derived from it — appointments
/// from its events, obligations from its promise and plan visits with its payments and marks.
struct CaseChainAudit {
    let db: Database
    /// This desk's device id, which names its appointments in other devices' records.
    var ownDevice: String?
    private let decoder = JSONDecoder()

    init(db: Database, ownDevice: String? = nil) {
        self.db = db
        self.ownDevice = ownDevice
    }

    /// What the ledger records of one case: how many entries and the last event hash.
    struct LedgerTally {
        var count = 0
        var lastEventHash = ""
    }

    struct Result {
        var caseCount = 0
        var eventCount = 0
        var problems: [CaseChainProblem] = []
    }

    func run(ledger tallies: [Int64: LedgerTally]) throws -> Result {
        var result = Result()
        var tallies = tallies
        var checked: Set<Int64> = []
        let cases = try Row.fetchAll(db, sql: "SELECT id, reference, eventCount, headHash FROM loanCase WHERE eventCount > 0 OR id IN (SELECT caseID FROM caseEvent UNION SELECT caseID FROM remoteCaseEvent) ORDER BY id")
        let eventsOfCase = try db.cachedStatement(sql: "SELECT * FROM caseEvent WHERE caseID = ? ORDER BY sequence")
        for row in cases {
            let caseID: Int64 = row[0]
            let reference: String = row[1]
            let records = try CaseEventRecord.fetchAll(eventsOfCase, arguments: [caseID])
            result.caseCount += 1
            result.eventCount += records.count
            let tally = tallies.removeValue(forKey: caseID) ?? LedgerTally()
            if let problem = try check(caseID: caseID, reference: reference, eventCount: row[2], headHash: row[3],
                                       records: records, tally: tally) {
                result.problems.append(problem)
            }
            checked.insert(caseID)
        }
        // Cases with obligations but no records of their own: a promise or plan and no payment yet.
        let obligated = try Row.fetchAll(db, sql: """
            SELECT o.caseID, c.reference FROM (
                SELECT caseID FROM obligation UNION SELECT caseID FROM visit WHERE outcomeCode IN ('promiseToPay', 'planAgreed')
            ) o LEFT JOIN loanCase c ON c.id = o.caseID ORDER BY o.caseID
            """)
        for row in obligated {
            // A case id that is not a number (a row edited by hand) names no case to check.
            guard let caseID = Int64.fromDatabaseValue(row[0]), !checked.contains(caseID) else { continue }
            let reference = String.fromDatabaseValue(row[1]) ?? "#\(caseID)"
            if let id = try changedObligation(caseID: caseID) {
                result.problems.append(CaseChainProblem(caseID: caseID, reference: reference, sequence: 0,
                                                        kind: .derivedRowChanged(table: "obligation", id: id)))
            }
        }
        // Ledger entries of cases that hold no records any more: their records were deleted.
        for (caseID, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            let reference = try String.fetchOne(db, sql: "SELECT reference FROM loanCase WHERE id = ?", arguments: [caseID]) ?? "#\(caseID)"
            result.problems.append(CaseChainProblem(caseID: caseID, reference: reference, sequence: tally.count, kind: .ledgerMismatch))
        }
        return result
    }

    private func check(caseID: Int64, reference: String, eventCount: Int, headHash: String,
                       records: [CaseEventRecord], tally: LedgerTally) throws -> CaseChainProblem? {
        func problem(_ sequence: Int, _ kind: CaseChainProblem.Kind) -> CaseChainProblem {
            CaseChainProblem(caseID: caseID, reference: reference, sequence: sequence, kind: kind)
        }
        var previous = ""
        var events: [CaseEvent] = []
        for (offset, record) in records.enumerated() {
            let expected = offset + 1
            guard record.sequence == expected else { return problem(expected, .missingEvent) }
            guard EventChain.hash(previous: previous, payload: record.payload) == record.hash else {
                return problem(expected, .payloadChanged)
            }
            guard let payload = try? decoder.decode(CaseEventChain.Payload.self, from: Data(record.payload.utf8)),
                  payload.caseID == caseID, payload.sequence == expected else {
                return problem(expected, .unreadable)
            }
            if record.kind != payload.kind.name { return problem(expected, .eventColumnChanged(column: "kind")) }
            if Timestamp.iso8601(record.at) != payload.at { return problem(expected, .eventColumnChanged(column: "at")) }
            events.append(CaseEvent(caseID: caseID, sequence: expected, at: record.at, kind: payload.kind, hash: record.hash))
            previous = record.hash
        }
        if records.count < eventCount { return problem(records.count + 1, .missingEvent) }
        if previous != headHash || records.count != eventCount { return problem(records.count, .headMismatch) }
        if tally.count != records.count || tally.lastEventHash != previous { return problem(records.count, .ledgerMismatch) }
        if let kind = try derivedProblem(caseID: caseID, events: events) { return problem(records.count, kind) }
        return try changedObligation(caseID: caseID).map { problem(records.count, .derivedRowChanged(table: "obligation", id: $0)) }
    }

    /// The columns of an `obligation` row, in the order `changedObligation` compares them.
    private static let obligationColumns = ["caseID", "visitID", "number", "agreedOn", "due", "amountFen", "paidFen", "graceDays",
                                            "graceEnds", "state", "markReason"]

    /// The id of the first obligation row of the case that is not what the payment rule makes of
    /// its visits, payments and marks — changed, added or removed — compared column by column
    /// as stored (a number written as text is a change too). The rows are recomputed with the
    /// grace days they were written with: a later change of `grace_days` is no damage. Nil when
    /// every row matches, or when the case's events cannot be read (reported on their own).
    private func changedObligation(caseID: Int64) throws -> String? {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM obligation WHERE caseID = ? ORDER BY id", arguments: [caseID])
        let graceDays = rows.first.flatMap { Int.fromDatabaseValue($0["graceDays"]) } ?? PaymentRule.defaultGraceDays
        let rule = PaymentRule(graceDays: graceDays)
        guard let computed = try? ObligationBook(db: db, rule: rule).compute(caseID: caseID) else { return nil }
        var expected: [String: [DatabaseValue]] = [:]
        for obligation in computed {
            expected[obligation.id] = [
                caseID.databaseValue, obligation.visitID.databaseValue, obligation.number.databaseValue,
                obligation.agreedOn.description.databaseValue, obligation.due.description.databaseValue,
                obligation.amount.fen.databaseValue, obligation.paid.fen.databaseValue, rule.graceDays.databaseValue,
                obligation.graceEnds.description.databaseValue, obligation.settled.rawValue.databaseValue, obligation.markReason.databaseValue,
            ]
        }
        for row in rows {
            let id = String.fromDatabaseValue(row["id"]) ?? "\(row["id"] as DatabaseValue)"
            guard let values = expected.removeValue(forKey: id),
                  values == Self.obligationColumns.map({ row[$0] as DatabaseValue }) else { return id }
        }
        return expected.keys.sorted().first
    }

    /// The first appointment row that does not say what the case's events, with other devices'
    /// records of it, do.
    private func derivedProblem(caseID: Int64, events: [CaseEvent]) throws -> CaseChainProblem.Kind? {
        // Unreadable records of another device are reported by `RemoteCaseChainAudit`.
        let others = (try? CaseEventReader(db: db, ownDevice: ownDevice).remoteEvents(caseID: caseID)) ?? []
        let folded = CaseRecords.fold(events, others: others)
        let rows = try Row.fetchAll(db, sql: "SELECT id, day, time, place, confirmed, cancelled FROM appointment WHERE caseID = ?",
                                    arguments: [caseID])
        var expected = folded.appointmentsByID
        for row in rows {
            let id: String = row[0]
            guard let appointment = expected.removeValue(forKey: id)?.value,
                  row[1] == appointment.day.description, row[2] == appointment.time, row[3] == appointment.place,
                  row[4] == appointment.confirmed, row[5] == (folded.cancelledAppointments[id] != nil) else {
                return .derivedRowChanged(table: "appointment", id: id)
            }
        }
        return expected.keys.sorted().first.map { .derivedRowChanged(table: "appointment", id: $0) }
    }
}
