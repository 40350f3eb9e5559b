import Foundation
import GRDB

extension VisitStore {
    /// Posts the payments of a file to their cases in one transaction, all or nothing, and
    /// settles the cases' obligations by the payment rule; promised cases whose promise lapsed
    /// unpaid meanwhile turn broken. Refused, with every problem listed,
    /// when the file had bad rows, names a case the store does not hold, or holds a payment the
    /// store already has.
    ///
    /// A payment is already posted when its case holds a payment of the same day and amount from
    /// the same file name and line (its `source`): importing a file again posts nothing, and a
    /// file that adds rows after the ones already posted is refused too, naming each of them, so
    /// that a half-imported file is never taken for a new one. Another file (a new name) with
    /// the same payment is not caught: the lender's file names its records.
    public func postPayments(_ file: PaymentFile, at date: Date) throws(StoreError) -> PaymentPosting {
        try write { db in
            var problems = file.problems
            var caseIDs: [String: Int64?] = [:]
            let lookup = try db.cachedStatement(sql: "SELECT id FROM loanCase WHERE reference = ?")
            func caseID(_ reference: PaymentReference) throws -> Int64? {
                let caseID = try caseIDs[reference.text] ?? Int64.fetchOne(lookup, arguments: [reference.text])
                caseIDs[reference.text] = caseID
                if caseID == nil {
                    problems.append(CaseImportProblem(
                        line: reference.line, column: reference.column,
                        text: LocalizedText(zh: "没有编号为 \(reference.text) 的案件；请先导入该案件（visitdesk import）或改正编号",
                                            en: "no case has the ref \(reference.text); import the case first (visitdesk import) or correct the ref")))
                }
                return caseID
            }
            var resolved: [(row: PaymentRow, caseID: Int64)] = []
            for row in file.rows {
                if let caseID = try caseID(row.reference) { resolved.append((row, caseID)) }
            }
            for reference in file.referencesOfBadRows { _ = try caseID(reference) }
            let cases = Set(resolved.map(\.caseID))
            let book = ObligationBook(db: db, rule: paymentRule)
            var records: [Int64: CaseRecords] = [:]
            var posted: [PostedKey: Date] = [:]
            for caseID in cases {
                let held = try book.paymentRecords(caseID: caseID)
                records[caseID] = held
                for entry in held.payments { posted[PostedKey(caseID: caseID, payment: entry.value)] = entry.recordedAt }
            }
            for (row, caseID) in resolved {
                guard let at = posted[PostedKey(caseID: caseID, payment: row.payment)] else { continue }
                let when = CalendarDay(at, in: paymentRule.timeZone)
                problems.append(CaseImportProblem(
                    line: row.line, column: row.reference.column,
                    text: LocalizedText(zh: "这笔还款（\(row.payment.source)）已于 \(when) 入账；同一文件不会入账两次，请只导入新的行",
                                        en: "this payment (\(row.payment.source)) was already posted on \(when); a file is posted once, so import only its new rows")))
            }
            guard problems.isEmpty else { return .refused(PaymentImportError(problems: problems)) }

            let day = CalendarDay(date, in: paymentRule.timeZone)
            let before = try obligationStates(of: cases, on: day, db: db)
            // Each case's obligations are rebuilt once, from the payments it held and those added.
            var writer = CaseEventWriter(db: db, paymentRule: paymentRule)
            writer.refreshesObligations = false
            for (row, caseID) in resolved {
                let event = try writer.append(.paymentPosted(row.payment), at: date, caseID: caseID)
                records[caseID]?.payments.append(CaseRecords.Entry(value: row.payment, recordedAt: event.at, sequence: event.sequence))
            }
            for caseID in cases.sorted() {
                try book.refresh(caseID: caseID, on: day, terms: .asStored, records: records[caseID])
            }
            var moved: [ObligationState: Int] = [:]
            for (id, state) in try obligationStates(of: cases, on: day, db: db) where before[id] != state {
                moved[state, default: 0] += 1
            }
            let lapsed = try book.followLapsed(on: day)
            return .posted(PostedPayments(paymentCount: resolved.count, caseCount: cases.count, moved: moved, lapsedCaseCount: lapsed))
        }
    }

    private struct PostedKey: Hashable {
        var caseID: Int64
        var payment: Payment
    }

    /// The state on `day` of each obligation of the cases, by id.
    private func obligationStates(of cases: Set<Int64>, on day: CalendarDay, db: Database) throws -> [String: ObligationState] {
        let statement = try db.cachedStatement(sql: "SELECT id, \(Self.effectiveState("obligation")) FROM obligation WHERE caseID = ?2")
        var states: [String: ObligationState] = [:]
        for caseID in cases {
            for row in try Row.fetchAll(statement, arguments: [day.description, caseID]) {
                let state = String.fromDatabaseValue(row[1]).flatMap(ObligationState.init(rawValue:)) ?? .pending
                states[String.fromDatabaseValue(row[0]) ?? ""] = state
            }
        }
        return states
    }
}
