import Foundation
import GRDB

extension VisitStore {
    /// Records a contact attempt, appointment, payment, hand mark, next action or evidence file on
    /// a case, durably, in the case's chain and the ledger; returns it with its sequence and hash.
    /// Refused with `StoreError.invalidCaseRecord` (saying what was wrong) or `unsafeText`.
    @discardableResult
    public func record(_ kind: CaseEventKind, caseID: Int64, at date: Date) throws(StoreError) -> CaseEvent {
        try write { db in try CaseEventWriter(db: db, paymentRule: paymentRule).append(kind, at: date, caseID: caseID) }
    }

    /// Records several events on cases in one transaction, all or nothing (the payments import).
    @discardableResult
    public func record(_ events: [(kind: CaseEventKind, caseID: Int64)], at date: Date) throws(StoreError) -> [CaseEvent] {
        try write { db in
            let writer = CaseEventWriter(db: db, paymentRule: paymentRule)
            return try events.map { event in try writer.append(event.kind, at: date, caseID: event.caseID) }
        }
    }

    /// Every event of the case's own chain, oldest first.
    public func caseEvents(caseID: Int64) throws(StoreError) -> [CaseEvent] {
        try read { db in try CaseEventReader(db: db).events(caseID: caseID) }
    }

    /// Every record of the case, oldest first: its own events, and other devices' records of it
    /// that sync pulled (named as this desk names appointments and obligations, with their author).
    public func caseRecordLog(caseID: Int64) throws(StoreError) -> [AuthoredCaseEvent] {
        try read { db in
            let reader = CaseEventReader(db: db, ownDevice: device?.deviceID)
            let own = try reader.events(caseID: caseID).map { AuthoredCaseEvent(event: $0, author: nil) }
            return (own + (try reader.remoteEvents(caseID: caseID))).enumerated()
                .sorted { ($0.element.event.at, $0.offset) < ($1.element.event.at, $1.offset) }.map(\.element)
        }
    }

    /// The case's records as they stand: its events folded with other devices' records of it.
    public func caseRecords(caseID: Int64) throws(StoreError) -> CaseRecords {
        try read { db in try CaseEventReader(db: db, ownDevice: device?.deviceID).records(caseID: caseID) }
    }

    /// The case's obligations, in due order.
    public func obligations(caseID: Int64) throws(StoreError) -> [Obligation] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM obligation WHERE caseID = ? ORDER BY due, id", arguments: [caseID])
                .map(Obligation.init(row:))
        }
    }
}

extension Obligation {
    /// An `obligation` row. A damaged row never stops a read: days that do not parse read as the
    /// earliest day, numbers that are not numbers as 0 and text that is not text as empty —
    /// `verify` reports the row.
    init(row: Row) {
        func day(_ column: String) -> CalendarDay {
            (try? CalendarDay.parse(text(column), today: DomainLimits.earliestDay)) ?? DomainLimits.earliestDay
        }
        func text(_ column: String) -> String { String.fromDatabaseValue(row[column]) ?? "" }
        func number(_ column: String) -> Int64 { Int64.fromDatabaseValue(row[column]) ?? 0 }
        self.init(id: text("id"), caseID: number("caseID"), visitID: number("visitID"), number: Int(truncatingIfNeeded: number("number")),
                  agreedOn: day("agreedOn"), due: day("due"), amount: Money(fen: number("amountFen")), paid: Money(fen: number("paidFen")),
                  graceEnds: day("graceEnds"), settled: ObligationState(rawValue: text("state")) ?? .pending,
                  markReason: String.fromDatabaseValue(row["markReason"]))
    }
}
