import Foundation
import GRDB

/// The `obligation` table: each case's promises and instalments with what the payment rule
/// credited to them, rebuilt for a case whenever one of its outcomes, payments or hand marks
/// changes, in the same transaction. It is derived (verify recomputes it from the events); it
/// exists so that "what is due on a day" is an index read among a million obligations.
struct ObligationBook {
    let db: Database
    var rule = PaymentRule()

    /// Where `refresh` takes the terms of the obligations from.
    enum Terms {
        /// Folded from the case's promise and plan visits: when an outcome changed.
        case fromVisits
        /// The obligation rows as they are: when only payments or hand marks changed, which
        /// leave every term as it was (and folding each visit again would make a payments
        /// import of many cases slow).
        case asStored
    }

    /// Rebuilds the obligations of `caseID` and, on `day` (the write's day), the case status
    /// and a "check payment" next action that follow from them. `records`, when the caller
    /// holds them, are the case's payments and hand marks as stored (`paymentRecords`).
    func refresh(caseID: Int64, on day: CalendarDay? = nil, terms: Terms = .fromVisits, records: CaseRecords? = nil) throws {
        let day = day ?? CalendarDay(Date(), in: rule.timeZone)
        let terms = try terms == .fromVisits ? promisedTerms(caseID: caseID) : storedTerms(caseID: caseID)
        let records = try records ?? paymentRecords(caseID: caseID)
        let obligations = rule.settle(terms, caseID: caseID, payments: records.payments.map(\.value), marks: records.marks.mapValues(\.value))
        try db.execute(sql: "DELETE FROM obligation WHERE caseID = ?", arguments: [caseID])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO obligation (id, caseID, visitID, number, agreedOn, due, amountFen, paidFen, graceDays, graceEnds, state, markReason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for obligation in obligations {
            try insert.execute(arguments: [
                obligation.id, caseID, obligation.visitID, obligation.number, obligation.agreedOn.description,
                obligation.due.description, obligation.amount.fen, obligation.paid.fen, rule.graceDays,
                obligation.graceEnds.description, obligation.settled.rawValue, obligation.markReason,
            ])
        }
        try follow(obligations, caseID: caseID, on: day)
    }

    /// The case's obligations as the payment rule makes them from its events now.
    func compute(caseID: Int64) throws -> [Obligation] {
        let records = try paymentRecords(caseID: caseID)
        return rule.settle(try promisedTerms(caseID: caseID), caseID: caseID, payments: records.payments.map(\.value),
                           marks: records.marks.mapValues(\.value))
    }

    /// The case's payments and hand marks folded, its own and other devices' (pulled by sync),
    /// the only events the rule looks at (a case may hold many contact attempts and appointments besides).
    func paymentRecords(caseID: Int64) throws -> CaseRecords {
        let kinds = ["paymentPosted", "obligationMarked"]
        let statement = try db.cachedStatement(sql: """
            SELECT * FROM caseEvent WHERE caseID = ? AND kind IN ('paymentPosted', 'obligationMarked') ORDER BY sequence
            """)
        let reader = CaseEventReader(db: db)
        let own = try CaseEventRecord.fetchAll(statement, arguments: [caseID]).map { record throws in
            try CaseEventChain.decode(record, decoder: reader.decoder)
        }
        return CaseRecords.fold(own, others: try reader.remoteEvents(caseID: caseID, kinds: kinds))
    }

    /// The terms agreed by the outcomes in effect of the case's promise and plan visits.
    private func promisedTerms(caseID: Int64) throws -> [PaymentRule.Term] {
        let writer = EventWriter(db: db)
        let visits = try VisitRecord.fetchAll(db, sql: """
            SELECT * FROM visit WHERE caseID = ? AND outcomeCode IN ('promiseToPay', 'planAgreed') ORDER BY id
            """, arguments: [caseID])
        var terms: [PaymentRule.Term] = []
        for visit in visits {
            guard let recorded = try writer.fold(visit).outcome else { continue }
            let agreedOn = CalendarDay(recorded.at, in: rule.timeZone)
            terms += recorded.outcome.obligationTerms(agreedOn: agreedOn).map { term in
                PaymentRule.Term(id: ObligationName(visitNumber: visit.id!, number: term.number).description, visitID: visit.id!, number: term.number,
                                 agreedOn: agreedOn, due: term.due, amount: term.amount)
            }
        }
        return terms
    }

    /// The terms the case's obligation rows hold.
    private func storedTerms(caseID: Int64) throws -> [PaymentRule.Term] {
        let sql = "SELECT * FROM obligation WHERE caseID = ?"
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [caseID]).map { row in
            let obligation = Obligation(row: row)
            return PaymentRule.Term(id: obligation.id, visitID: obligation.visitID, number: obligation.number,
                                    agreedOn: obligation.agreedOn, due: obligation.due, amount: obligation.amount)
        }
    }

    /// The case status follows the obligations of its latest promise or plan: kept once all of
    /// them are kept, broken once one is broken or partly kept; and a "check payment" next action
    /// moves to the earliest obligation still pending.
    private func follow(_ obligations: [Obligation], caseID: Int64, on day: CalendarDay) throws {
        guard !obligations.isEmpty else { return }
        if let status = CaseStatus.following(obligations, on: day) {
            try db.execute(sql: "UPDATE loanCase SET status = ? WHERE id = ?", arguments: [status.rawValue, caseID])
        }
        let kind = try String.fetchOne(db, sql: "SELECT nextActionKind FROM loanCase WHERE id = ?", arguments: [caseID])
        guard kind == NextActionKind.checkPayment.rawValue else { return }
        let next = obligations.filter { $0.state(on: day) == .pending }.map(\.due).min()
        try db.execute(sql: "UPDATE loanCase SET nextAction = ? WHERE id = ?", arguments: [next?.description, caseID])
    }

    /// Brings the status of promised cases whose promise or instalment lapsed unpaid by `day`
    /// in step (broken), though no payment or outcome touched them; returns how many changed.
    /// The rows keep `pending` (broken follows from the day), so this reads the grace-end index.
    func followLapsed(on day: CalendarDay) throws -> Int {
        let cases = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT o.caseID FROM obligation o JOIN loanCase c ON c.id = o.caseID
            WHERE o.state = 'pending' AND o.graceEnds < ? AND c.status IN ('promised', 'planAgreed')
            """, arguments: [day.description])
        let rows = try db.cachedStatement(sql: "SELECT * FROM obligation WHERE caseID = ?")
        let status = try db.cachedStatement(sql: "SELECT status FROM loanCase WHERE id = ?")
        var changed = 0
        for caseID in cases {
            let before = try String.fetchOne(status, arguments: [caseID])
            try follow(try Row.fetchAll(rows, arguments: [caseID]).map(Obligation.init(row:)), caseID: caseID, on: day)
            if try String.fetchOne(status, arguments: [caseID]) != before { changed += 1 }
        }
        return changed
    }

    /// Builds every case's obligations: for databases written before the table existed.
    static func fillAll(db: Database) throws {
        let cases = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT caseID FROM visit WHERE outcomeCode IN ('promiseToPay', 'planAgreed')
            """)
        let book = ObligationBook(db: db)
        for caseID in cases { try book.refresh(caseID: caseID) }
    }
}
