import Foundation
import GRDB

extension VisitStore {
    /// Adds cases inside the caller's transaction and returns them with their ids. Rows go in
    /// through one prepared statement with their romanised names and addresses (pinyin); the search tables are filled afterwards in bulk
    /// (`CaseSearch.index`). A reference already in the store throws `duplicateReference`.
    static func insert(_ cases: [LoanCase], db: Database) throws -> [LoanCase] {
        // While the search indexes grow, their pages are rewritten many times; with the default
        // 2 MB cache they spill to the WAL and are written again and again. A larger cache for
        // this one transaction writes each page once, at commit.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
        try db.execute(sql: "PRAGMA cache_size = -262144")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO loanCase (reference, debtorName, phone, idNumber, address, product,
                                  outstandingFen, daysOverdue, status, assignedAgent, tags, romanized)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // The encoder GRDB uses for the column, so imported tags are stored as CaseRecord stores them.
        let tagsEncoder = CaseRecord.databaseJSONEncoder(for: "tags")
        // Cases share a few sets of tags; each set is encoded once. Only tags of scalars that
        // stand alone are remembered: for them Swift's equality is byte equality, so no case is
        // stored with another spelling of its tags.
        var encodedTags: [[String]: String] = [[]: "[]"]
        var inserted: [LoanCase] = []
        inserted.reserveCapacity(cases.count)
        var romanized: [String] = []
        romanized.reserveCapacity(cases.count)
        var pinyin = Pinyin()
        for var loanCase in cases {
            romanized.append(CaseSearch.romanized(loanCase, pinyin: &pinyin))
            let tags: String
            let remembered = loanCase.tags.allSatisfy { $0.unicodeScalars.allSatisfy(\.standsAlone) }
            if remembered, let known = encodedTags[loanCase.tags] {
                tags = known
            } else {
                tags = String(decoding: try tagsEncoder.encode(loanCase.tags), as: UTF8.self)
                if remembered { encodedTags[loanCase.tags] = tags }
            }
            do {
                try insert.execute(arguments: [
                    loanCase.reference, loanCase.debtorName, loanCase.phone, loanCase.idNumber, loanCase.address,
                    loanCase.product, loanCase.outstanding.fen, loanCase.daysOverdue, loanCase.status.rawValue,
                    loanCase.assignedAgent, tags, romanized.last!,
                ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError.duplicateReference(loanCase.reference)
            }
            loanCase.id = db.lastInsertedRowID
            inserted.append(loanCase)
        }
        try CaseSearch.index(inserted, romanized: romanized, in: db)
        return inserted
    }

    /// Writes whole visits from their scripts in one transaction, all or nothing, with the
    /// same checks and hash chain as `append`. Returns the new visit ids in script order.
    @discardableResult
    public func importVisits(_ scripts: [VisitScript]) throws(StoreError) -> [Int64] {
        try write { db in try VisitStore.importVisits(scripts, db: db, paymentRule: paymentRule) }
    }

    @discardableResult
    static func importVisits(_ scripts: [VisitScript], db: Database, paymentRule: PaymentRule = PaymentRule()) throws -> [Int64] {
        let writer = EventWriter(db: db, paymentRule: paymentRule)
        return try scripts.map { script in
            guard let first = script.steps.first, case .started(let role, let playbookID, _, _, _) = first.kind else {
                throw StoreError.scriptDoesNotStart(caseID: script.caseID)
            }
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM loanCase WHERE id = ?", arguments: [script.caseID]) else {
                throw StoreError.caseNotFound(id: script.caseID)
            }
            if let open = try openVisitID(caseID: script.caseID, db: db) {
                throw StoreError.visitAlreadyOpen(caseID: script.caseID, visitID: open)
            }
            let at = Timestamp.normalized(first.at)
            var visit = VisitRecord(id: nil, caseID: script.caseID, role: role.rawValue, playbookID: playbookID,
                                    startedAt: at, endedAt: nil, endReason: nil, outcomeCode: nil,
                                    caseStatusAtStart: status, eventCount: 0, headHash: "", lastEventAt: at)
            try visit.insert(db)
            var state: VisitState?
            let started = try writer.append(first.kind, at: first.at, to: &visit, state: &state, save: false)
            state = try VisitState.fold([started], caseID: script.caseID)
            for step in script.steps.dropFirst() {
                try writer.append(step.kind, at: step.at, to: &visit, state: &state, save: false)
            }
            try visit.update(db)
            if visit.outcomeCode != nil { try writer.refreshObligations(of: visit, on: visit.lastEventAt) }
            return visit.id!
        }
    }
}
