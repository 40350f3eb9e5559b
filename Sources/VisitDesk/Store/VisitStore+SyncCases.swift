import Foundation
import GRDB

extension VisitStore {
    /// The cases pulled from the team's server and still assigned here, by reference, with the
    /// version each was pulled at.
    public func syncedCaseVersions() throws(StoreError) -> [String: Int64] {
        try read { db in
            var versions: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT reference, serverVersion FROM loanCase WHERE serverVersion IS NOT NULL AND withdrawnAt IS NULL") {
                versions[row[0]] = row[1]
            }
            return versions
        }
    }

    /// Stores cases the server assigns to this operator, in one transaction: a new reference is
    /// added, a known one updated (its details, never its status, which its visits here decide)
    /// and given back its personal data if it had been withdrawn. The search indexes follow.
    public func applyAssignedCases(_ cases: [SyncCase]) throws(StoreError) -> (added: Int, updated: Int) {
        try write { db in
            var added = 0
            var updated = 0
            var pinyin = Pinyin()
            for pulled in cases {
                let loanCase = pulled.loanCase
                if let id = try Int64.fetchOne(db, sql: "SELECT id FROM loanCase WHERE reference = ?", arguments: [loanCase.reference]) {
                    try CaseSearch.unindex(caseID: id, db: db)
                    try db.execute(sql: """
                        UPDATE loanCase SET debtorName = ?, phone = ?, idNumber = ?, address = ?, product = ?, outstandingFen = ?,
                            daysOverdue = ?, assignedAgent = ?, tags = ?, serverVersion = ?, withdrawnAt = NULL
                        WHERE id = ?
                        """, arguments: [loanCase.debtorName, loanCase.phone, loanCase.idNumber, loanCase.address, loanCase.product,
                                         loanCase.outstanding.fen, loanCase.daysOverdue, loanCase.assignedAgent,
                                         try VisitStore.encodedTags(loanCase.tags), pulled.serverVersion, id])
                    try CaseSearch.reindex(caseID: id, pinyin: &pinyin, db: db)
                    updated += 1
                } else {
                    let inserted = try VisitStore.insert([loanCase], db: db)
                    try db.execute(sql: "UPDATE loanCase SET serverVersion = ? WHERE id = ?", arguments: [pulled.serverVersion, inserted[0].id])
                    added += 1
                }
            }
            return (added, updated)
        }
    }

    /// Withdraws every pulled case the server no longer assigns here (`assigned` holds the
    /// references it does): its phone and ID number are replaced by their masked forms, its
    /// address and any form draft removed, and the search indexes forget them. Its visits and
    /// records stay, and still verify. Returns how many cases were withdrawn.
    public func withdrawCases(notIn assigned: Set<String>, at date: Date) throws(StoreError) -> Int {
        try write { db in
            let candidates = try Row.fetchAll(db, sql: "SELECT id, reference FROM loanCase WHERE serverVersion IS NOT NULL AND withdrawnAt IS NULL")
            var pinyin = Pinyin()
            var withdrawn = 0
            for row in candidates where !assigned.contains(row[1] as String) {
                let id: Int64 = row[0]
                guard let loanCase = try CaseRecord.fetchOne(db, key: id)?.loanCase else { continue }
                try CaseSearch.unindex(caseID: id, db: db)
                try db.execute(sql: "UPDATE loanCase SET phone = ?, idNumber = ?, address = '', withdrawnAt = ? WHERE id = ?",
                               arguments: [loanCase.maskedPhone, loanCase.maskedIDNumber, date, id])
                try db.execute(sql: "DELETE FROM formDraft WHERE caseID = ?", arguments: [id])
                try CaseSearch.reindex(caseID: id, pinyin: &pinyin, db: db)
                withdrawn += 1
            }
            // The full-text index keeps deleted text in its segments until they are merged.
            if withdrawn > 0 { try db.execute(sql: "INSERT INTO caseSearch(caseSearch) VALUES ('optimize')") }
            return withdrawn
        }
    }

    /// When the case was withdrawn from this operator; nil while it is assigned here (or was never pulled).
    public func withdrawnAt(reference: String) throws(StoreError) -> Date? {
        try read { db in try Date.fetchOne(db, sql: "SELECT withdrawnAt FROM loanCase WHERE reference = ?", arguments: [reference]) }
    }

    /// Tags as the `tags` column stores them (`CaseRecord`'s JSON).
    static func encodedTags(_ tags: [String]) throws -> String {
        tags.isEmpty ? "[]" : String(decoding: try CaseRecord.databaseJSONEncoder(for: "tags").encode(tags), as: UTF8.self)
    }
}

extension CaseSearch {
    /// Removes a case from both search indexes, as its row holds it now.
    static func unindex(caseID: Int64, db: Database) throws {
        guard let loanCase = try CaseRecord.fetchOne(db, key: caseID)?.loanCase else { return }
        let romanized = try String.fetchOne(db, sql: "SELECT romanized FROM loanCase WHERE id = ?", arguments: [caseID]) ?? ""
        var grams = Set<String>()
        bigrams(in: bigramFields(of: loanCase, romanized: romanized)) { grams.insert($0) }
        let remove = try db.cachedStatement(sql: """
            UPDATE caseBigramList SET caseIDs = (SELECT json_group_array(value) FROM json_each(caseBigramList.caseIDs) WHERE value <> ?)
            WHERE gram = ?
            """)
        for gram in grams { try remove.execute(arguments: [caseID, gram]) }
        try db.execute(sql: "DELETE FROM caseBigramList WHERE caseIDs = '[]'")
        try db.execute(sql: "DELETE FROM caseSearch WHERE rowid = ?", arguments: [caseID])
    }

    /// Romanises the case as its row holds it now and adds it to both indexes.
    static func reindex(caseID: Int64, pinyin: inout Pinyin, db: Database) throws {
        guard let loanCase = try CaseRecord.fetchOne(db, key: caseID)?.loanCase else { return }
        let romanized = romanized(loanCase, pinyin: &pinyin)
        try db.execute(sql: "UPDATE loanCase SET romanized = ? WHERE id = ?", arguments: [romanized, caseID])
        try index([loanCase], romanized: [romanized], in: db)
    }
}
