import Foundation
import GRDB

/// The whole-record check behind `verify`, linear in the size of the store: one pass over the
/// ledger, then one over the visits with their events. For each visit it recomputes the event
/// chain, folds the events and compares every column outside the hashes with them (the event
/// rows' kind and time, every column of the visit row, and the case the row points to with the
/// case its `started` event names), and matches the visit's events with the ledger; visits the
/// ledger knows but the store does not are reported as deleted.
struct ChainAudit {
    let db: Database
    /// A ledger entry hash noted earlier, which the ledger must still hold.
    let expectedLedgerEntry: String?
    private let decoder = JSONDecoder()

    /// This desk's device id, which names its appointments in other devices' records.
    let ownDevice: String?

    init(db: Database, expectedLedgerEntry: String?, ownDevice: String? = nil) {
        self.db = db
        self.expectedLedgerEntry = expectedLedgerEntry
        self.ownDevice = ownDevice
    }

    /// What the ledger records of one visit.
    private struct LedgerTally {
        var count = 0
        var lastEventHash = ""
    }

    private struct LedgerReading {
        var tallies: [Int64: LedgerTally] = [:]
        var caseTallies: [Int64: CaseChainAudit.LedgerTally] = [:]
        var remoteCaseTallies: [RemoteCaseChainAudit.Stream: CaseChainAudit.LedgerTally] = [:]
        var length = 0
        var head = ""
        var holdsExpectedEntry = false
        var firstBreak: ChainProblem?
    }

    func run() throws -> ChainReport {
        var ledger = try readLedger()
        var problems: [ChainProblem] = []
        var eventCount = 0
        var unbound = 0
        let visits = try Row.fetchAll(db, sql: """
            SELECT v.*, c.reference AS caseReference FROM visit v LEFT JOIN loanCase c ON c.id = v.caseID ORDER BY v.id
            """)
        let eventsOfVisit = try db.cachedStatement(sql: "SELECT * FROM visitEvent WHERE visitID = ? ORDER BY sequence")
        for row in visits {
            let visit = try VisitRecord(row: row)
            let visitID = visit.id!
            let records = try EventRecord.fetchAll(eventsOfVisit, arguments: [visitID])
            eventCount += records.count
            let tally = ledger.tallies.removeValue(forKey: visitID)
            let problem: ChainProblem?
            if let broken = firstChainProblem(visit, records: records) {
                problem = broken
            } else {
                let (isBound, rowProblem) = check(visit, caseReference: row["caseReference"], records: records)
                if !isBound { unbound += 1 }
                problem = rowProblem ?? ledgerProblem(visitID: visitID, records: records, tally: tally)
            }
            if let problem { problems.append(problem) }
        }
        problems += ledger.tallies.sorted { $0.key < $1.key }.map { visitID, tally in
            ChainProblem(visitID: visitID, sequence: 0, kind: .visitDeleted(events: tally.count))
        }
        if let broken = ledger.firstBreak { problems.append(broken) }
        let cases = try CaseChainAudit(db: db, ownDevice: ownDevice).run(ledger: ledger.caseTallies)
        let remoteCases = try RemoteCaseChainAudit(db: db).run(ledger: ledger.remoteCaseTallies)
        return ChainReport(visitCount: visits.count, eventCount: eventCount, ledgerLength: ledger.length, ledgerHead: ledger.head,
                           missingLedgerEntry: ledger.holdsExpectedEntry ? nil : expectedLedgerEntry,
                           unboundVisitCount: unbound, problems: problems,
                           caseCount: cases.caseCount, caseEventCount: cases.eventCount + remoteCases.eventCount,
                           caseProblems: cases.problems + remoteCases.problems)
    }

    private func readLedger() throws -> LedgerReading {
        var reading = LedgerReading()
        var previous = ""
        let entries = try Row.fetchCursor(db, sql: """
            SELECT position, visitID, sequence, eventHash, previousHash, hash, caseID, device FROM ledger ORDER BY position
            """)
        while let entry = try entries.next() {
            reading.length += 1
            let visitID: Int64 = entry[1]
            let sequence: Int = entry[2]
            let eventHash: String = entry[3]
            let hash: String = entry[5]
            let caseID: Int64? = entry[6]
            let device: String? = entry[7]
            let expectedHash: String
            switch (caseID, device) {
            case (let caseID?, let device?):
                expectedHash = Ledger.hash(previous: previous, caseID: caseID, device: device, sequence: sequence, eventHash: eventHash)
            case (let caseID?, nil):
                expectedHash = Ledger.hash(previous: previous, caseID: caseID, sequence: sequence, eventHash: eventHash)
            case (nil, _):
                expectedHash = Ledger.hash(previous: previous, visitID: visitID, sequence: sequence, eventHash: eventHash)
            }
            if reading.firstBreak == nil, entry[0] != reading.length || entry[4] != previous || expectedHash != hash {
                reading.firstBreak = ChainProblem(visitID: visitID, sequence: sequence, kind: .ledgerBroken(position: entry[0]))
            }
            previous = hash
            if hash == expectedLedgerEntry { reading.holdsExpectedEntry = true }
            if let caseID, let device {
                let stream = RemoteCaseChainAudit.Stream(caseID: caseID, device: device)
                reading.remoteCaseTallies[stream, default: CaseChainAudit.LedgerTally()].count += 1
                reading.remoteCaseTallies[stream]?.lastEventHash = eventHash
            } else if let caseID {
                reading.caseTallies[caseID, default: CaseChainAudit.LedgerTally()].count += 1
                reading.caseTallies[caseID]?.lastEventHash = eventHash
            } else {
                reading.tallies[visitID, default: LedgerTally()].count += 1
                reading.tallies[visitID]?.lastEventHash = eventHash
            }
        }
        reading.head = previous
        return reading
    }

    /// The first event of the visit that breaks its own hash chain, or a head that does not match.
    private func firstChainProblem(_ visit: VisitRecord, records: [EventRecord]) -> ChainProblem? {
        let visitID = visit.id!
        var previous = ""
        for (offset, record) in records.enumerated() {
            let expected = offset + 1
            if record.sequence != expected {
                return ChainProblem(visitID: visitID, sequence: expected, kind: .missingEvent)
            }
            if EventChain.hash(previous: previous, payload: record.payload) != record.hash {
                // Only a broken link is examined further, to tell a moved event from a changed one.
                guard let payload = try? decoder.decode(EventChain.Payload.self, from: Data(record.payload.utf8)) else {
                    return ChainProblem(visitID: visitID, sequence: expected, kind: .unreadable)
                }
                if payload.sequence != expected || payload.visitID != (visit.originID ?? visitID) {
                    return ChainProblem(visitID: visitID, sequence: expected, kind: .outOfOrder(holds: payload.sequence))
                }
                return ChainProblem(visitID: visitID, sequence: expected, kind: .payloadChanged)
            }
            previous = record.hash
        }
        if previous != visit.headHash || records.count != visit.eventCount {
            return records.count < visit.eventCount
                ? ChainProblem(visitID: visitID, sequence: records.count + 1, kind: .missingEvent)
                : ChainProblem(visitID: visitID, sequence: records.count, kind: .headMismatch)
        }
        return nil
    }

    /// Folds the events and compares the event rows' and the visit row's columns with them;
    /// also says whether the `started` event names the case (visits older than that do not).
    private func check(_ visit: VisitRecord, caseReference: String?, records: [EventRecord]) -> (isBound: Bool, problem: ChainProblem?) {
        let visitID = visit.id!
        let events: [VisitEvent]
        let state: VisitState
        do {
            events = try EventChain.decode(visitID: visitID, rows: records.map { ($0.sequence, $0.payload, $0.hash) }, decoder: decoder)
            state = try VisitState.fold(events, caseID: visit.caseID)
        } catch {
            return (false, ChainProblem(visitID: visitID, sequence: 1, kind: .unreadable))
        }
        for (record, event) in zip(records, events) {
            if let column = changedColumn(of: record, holding: event) {
                return (false, ChainProblem(visitID: visitID, sequence: event.sequence, kind: .eventColumnChanged(column: column)))
            }
        }
        var columns: [(name: String, row: String?, events: String?)] = [
            ("role", visit.role, state.role.rawValue),
            ("playbookID", visit.playbookID, state.playbookID),
            ("startedAt", Timestamp.iso8601(visit.startedAt), Timestamp.iso8601(state.startedAt)),
            ("endedAt", visit.endedAt.map(Timestamp.iso8601), state.endedAt.map(Timestamp.iso8601)),
            ("endReason", visit.endReason, state.endReason?.rawValue),
            ("outcomeCode", visit.outcomeCode, state.outcome?.outcome.code.rawValue),
            ("lastEventAt", Timestamp.iso8601(visit.lastEventAt), events.last.map { Timestamp.iso8601($0.at) }),
        ]
        var isBound = false
        if case .started(_, _, _, _, let binding?) = events[0].kind {
            if caseReference != binding.reference {
                return (true, ChainProblem(visitID: visitID, sequence: 0, kind: .movedToOtherCase(row: caseReference, bound: binding.reference)))
            }
            columns.append(("caseStatusAtStart", visit.caseStatusAtStart, binding.status.rawValue))
            isBound = true
        }
        let mismatch = columns.first { $0.row != $0.events }.map { column in
            ChainProblem(visitID: visitID, sequence: 0,
                         kind: .rowMismatch(column: column.name, row: column.row ?? "empty", events: column.events ?? "empty"))
        }
        return (isBound, mismatch)
    }

    /// The column of an event row, outside the payload, that no longer says what the payload does.
    private func changedColumn(of record: EventRecord, holding event: VisitEvent) -> String? {
        if record.kind != event.kind.name { return "kind" }
        if Timestamp.iso8601(record.at) != Timestamp.iso8601(event.at) { return "at" }
        return nil
    }

    /// Whether the visit's events are exactly those the ledger recorded for it.
    private func ledgerProblem(visitID: Int64, records: [EventRecord], tally: LedgerTally?) -> ChainProblem? {
        let recorded = tally?.count ?? 0
        if recorded < records.count {
            return ChainProblem(visitID: visitID, sequence: recorded + 1, kind: .notInLedger)
        }
        if recorded > records.count {
            return ChainProblem(visitID: visitID, sequence: records.count + 1, kind: .ledgerMismatch)
        }
        if tally?.lastEventHash != records.last?.hash {
            return ChainProblem(visitID: visitID, sequence: records.count, kind: .ledgerMismatch)
        }
        return nil
    }
}
