import Foundation
import GRDB

/// How a search text becomes a set of case ids. Queries of three characters and more use the
/// FTS5 trigram index, two-character queries the bigram lists, one character the union of the
/// lists of every two-character string holding it (and of it standing alone).
struct CaseSearch {
    /// SQL selecting the matching case ids, each once, with its arguments.
    let sql: String
    /// `sql` where an id may come more than once (same arguments), cheaper to build a set from
    /// for `id IN (…)`.
    let membershipSQL: String
    let arguments: StatementArguments
    /// An SQL condition true when the case `loanCase.id` matches (same arguments), for walking
    /// the list in order when the matches are many; nil where testing one case costs more
    /// than listing them all once (the bigram lists).
    let caseTest: String?
    /// SQL giving the exact number of matches at the cost of one read (same arguments), where
    /// there is one: a two-character list's length; -1 for "more than `CaseCount.cap`".
    let countSQL: String?
    /// SQL listing some of the matches cheaply, each once (same arguments), where `sql` must
    /// read every case: an ASCII letter's lists, which miss the letters inside full pinyin.
    /// More than `CaseCount.cap` of them means more than that many matches.
    let partialSQL: String?
    /// SQL true when one of the lists `sql` reads holds more than `CaseCount.cap` cases, told
    /// from its length alone (same arguments): cheaper than reading a list of half a million.
    let longListSQL: String?

    /// Nil when `text` is empty: everything matches.
    init?(_ text: String?) {
        guard let query = text.map(CaseSearch.normalize), !query.isEmpty else { return nil }
        switch query.count {
        case 1:
            // Every list whose string holds the character: it first (the key's range), it second
            // (the `caseBigramList_bySecond` index), or it alone (`loneMark`, in the range).
            let lists = """
                SELECT caseIDs FROM caseBigramList WHERE gram BETWEEN ?1 AND ?1 || char(1114111)
                UNION ALL SELECT caseIDs FROM caseBigramList WHERE substr(gram, 2) = ?1
                """
            let listed = "SELECT ids.value FROM (\(lists)) AS lists, json_each(lists.caseIDs) AS ids"
            // The text is lower case as the query is, so an exact substring test is LIKE's.
            caseTest = "EXISTS (SELECT 1 FROM caseSearch WHERE caseSearch.rowid = loanCase.id AND instr(caseSearch.text, ?1) > 0)"
            countSQL = nil
            // Each id takes at most 20 characters with its comma, so a longer list holds more than the cap.
            longListSQL = "SELECT EXISTS (SELECT 1 FROM (\(lists)) WHERE length(caseIDs) > \(2 + 20 * CaseCount.cap))"
            // The full pinyin lines are not listed (see `bigramFields`); only ASCII letters
            // occur there and not in the case's initials line, which is.
            let letter = query.allSatisfy { $0.isASCII && $0.isLetter }
            let scan = "SELECT rowid FROM caseSearch WHERE instr(text, ?1) > 0"
            sql = letter ? scan : "SELECT DISTINCT value FROM (\(listed))"
            membershipSQL = letter ? scan : listed
            partialSQL = letter ? "SELECT DISTINCT value FROM (\(listed))" : nil
            arguments = [query]
        case 2:
            sql = "SELECT ids.value FROM caseBigramList, json_each(caseBigramList.caseIDs) AS ids WHERE caseBigramList.gram = ?1"
            membershipSQL = sql
            caseTest = "EXISTS (SELECT 1 FROM caseSearch WHERE caseSearch.rowid = loanCase.id AND \(CaseSearch.listedTextHolds("?1")))"
            // Each id takes at most as many characters as the highest with its comma, so a
            // list longer than the cap's worth of those holds more: -1, not worth parsing.
            countSQL = """
                SELECT COALESCE((SELECT CASE WHEN length(caseIDs) - 1 >= \(CaseCount.cap + 1)
                                                  * (length(CAST((SELECT MAX(id) FROM loanCase) AS TEXT)) + 1)
                                             THEN -1 ELSE json_array_length(caseIDs) END
                                 FROM caseBigramList WHERE gram = ?1), 0)
                """
            partialSQL = nil
            longListSQL = nil
            arguments = [query]
        default:
            sql = "SELECT rowid FROM caseSearch WHERE caseSearch MATCH ?1"
            membershipSQL = sql
            // A trigram phrase matches where the text holds it, both lower case: a substring
            // test on the case, the phrase's quotes taken off. Far cheaper than listing many
            // matches (1M, first page of "chaoyang": 5 ms against 60 ms) or a MATCH per case.
            caseTest = """
                EXISTS (SELECT 1 FROM caseSearch WHERE caseSearch.rowid = loanCase.id
                        AND instr(caseSearch.text, replace(substr(?1, 2, length(?1) - 2), '""', '"')) > 0)
                """
            countSQL = nil
            partialSQL = nil
            longListSQL = nil
            arguments = ["\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""]
        }
    }

    /// An SQL condition true when the listed text of the case in `caseSearch` and `loanCase`
    /// holds `parameter`: the text two-character lists are made from (`bigramFields`), that
    /// is the search text without its full pinyin lines. Those lines are in `loanCase.romanized`,
    /// the end of the search text, as full pinyin then initials, once or twice.
    static func listedTextHolds(_ parameter: String) -> String {
        let newline = "char(10)"
        let own = "substr(caseSearch.text, 1, length(caseSearch.text) - length(loanCase.romanized))"
        // After the first full line: "i1" or "i1\nf2\ni2".
        let rest = "substr(loanCase.romanized, instr(loanCase.romanized, \(newline)) + 1)"
        let firstInitials = "substr(\(rest), 1, CASE instr(\(rest), \(newline)) WHEN 0 THEN length(\(rest)) ELSE instr(\(rest), \(newline)) - 1 END)"
        let second = "CASE instr(\(rest), \(newline)) WHEN 0 THEN '' ELSE substr(\(rest), instr(\(rest), \(newline)) + 1) END"
        let secondInitials = "substr(\(second), instr(\(second), \(newline)) + 1)"
        return "(instr(\(own), \(parameter)) > 0 OR instr(\(firstInitials), \(parameter)) > 0 OR instr(\(secondInitials), \(parameter)) > 0)"
    }

    /// What follows a character standing alone in a field (only spaces or the field's ends
    /// beside it) to make its list's key: a space, which no two-character query holds
    /// (queries are trimmed and grams never hold one).
    static let loneMark: Character = " "

    /// Lower case, trimmed; a query of digits with spaces or dashes (a phone) keeps its digits.
    static func normalize(_ text: String) -> String {
        let trimmed = String(text.trimmingWhitespace()).lowercased()
        let phoneLike = trimmed.contains { $0.isASCII && $0.isNumber }
            && trimmed.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == " " || $0 == "-" || $0 == "+" }
        return phoneLike ? trimmed.filter { $0.isASCII && $0.isNumber } : trimmed
    }

    /// The fields a case is found by, each normalised as queries are, then its romanised
    /// lines (`romanized(_:)`): a three-letter query finds them all.
    static func fields(of loanCase: LoanCase, romanized: String) -> [String] {
        [loanCase.reference, loanCase.debtorName, loanCase.phone.filter { $0.isASCII && $0.isNumber }, loanCase.address]
            .map { $0.trimmingWhitespace().lowercasedQuickly() }
            + loanCase.tags.map { normalize($0) }
            + romanized.split(separator: "\n").map(String.init)
    }

    /// The fields whose two-character substrings are listed for two-character queries: the
    /// case's own fields and the pinyin initials (`zw`), but not the full pinyin, whose letter
    /// pairs ("an", "ng") would each list nearly every case.
    static func bigramFields(of loanCase: LoanCase, romanized: String) -> [String] {
        bigramFields(own: fields(of: loanCase, romanized: ""), romanizedLines: romanized.split(separator: "\n").map(String.init))
    }

    /// `bigramFields(of:romanized:)` from the case's own fields (`fields(of:romanized: "")`)
    /// and its romanised lines, split.
    private static func bigramFields(own: [String], romanizedLines lines: [String]) -> [String] {
        own + lines.indices.filter { $0 % 2 == 1 }.map { lines[$0] }
    }

    /// The romanised search lines of a case, stored in `loanCase.romanized` at import: the
    /// debtor's name and the address, each as full pinyin then initials (`zhangwei`, `zw`),
    /// one per line; empty when neither holds Chinese.
    static func romanized(_ loanCase: LoanCase, pinyin: inout Pinyin) -> String {
        [loanCase.debtorName, loanCase.address]
            .map { pinyin.forms(of: $0) }
            .filter { !$0.full.isEmpty }
            .flatMap { [$0.full, $0.initials] }
            .joined(separator: "\n")
    }

    /// Every two-character substring of `fields` (from `fields(of:)`) that holds no space, in
    /// field order, and each character standing alone followed by `loneMark`; a gram found
    /// twice is given twice.
    static func bigrams(in fields: [String], _ body: (String) -> Void) {
        for field in fields {
            var previous: Character?
            var alone = false
            for character in field {
                if character.isWhitespaceQuickly {
                    if alone, let previous { body(String(previous) + String(loneMark)) }
                    previous = nil
                    alone = false
                    continue
                }
                if let previous {
                    var gram = String(previous)
                    gram.append(character)
                    body(gram)
                    alone = false
                } else {
                    alone = true
                }
                previous = character
            }
            if alone, let previous { body(String(previous) + String(loneMark)) }
        }
    }

    /// Adds cases, whose ids are set, with their romanised lines (`romanized(_:pinyin:)`) to both indexes: the trigram index gets one document per
    /// case, its fields one per line. The bigram lists get one statement
    /// per distinct two-character string, carrying the ids of all its cases: an import of
    /// 100k cases makes about 100k calls instead of one per gram and case (about 5M). The
    /// lists are gathered on another thread while the documents go in.
    static func index(_ cases: [LoanCase], romanized: [String], in db: Database) throws {
        var documents: [(id: Int64, text: String)] = []
        var listedFields: [(id: Int64, fields: [String])] = []
        documents.reserveCapacity(cases.count)
        listedFields.reserveCapacity(cases.count)
        for (loanCase, romanized) in zip(cases, romanized) {
            guard let id = loanCase.id else { continue }
            // The case's own fields once, for both indexes.
            let own = fields(of: loanCase, romanized: "")
            let lines = romanized.split(separator: "\n").map(String.init)
            documents.append((id, (own + lines).joined(separator: "\n")))
            listedFields.append((id, bigramFields(own: own, romanizedLines: lines)))
        }
        let lists = BigramListsInBackground(listedFields)
        let insertDocument = try db.cachedStatement(sql: "INSERT INTO caseSearch(rowid, text) VALUES (?, ?)")
        for (id, text) in documents {
            try insertDocument.execute(arguments: [id, text])
        }
        try addToLists(lists.wait(), db: db)
    }

    /// Adds each gram's case ids (a JSON array, `jsonArray(_:)`) to its list, making the list when it is new.
    private static func addToLists(_ lists: [(gram: String, caseIDs: String)], db: Database) throws {
        let addGram = try db.cachedStatement(sql: """
            INSERT INTO caseBigramList (gram, caseIDs) VALUES (?, ?)
            ON CONFLICT (gram) DO UPDATE SET caseIDs = (
                SELECT json_group_array(value) FROM (
                    SELECT value FROM json_each(caseBigramList.caseIDs)
                    UNION ALL SELECT value FROM json_each(excluded.caseIDs)))
            """)
        for (gram, ids) in lists {
            try addGram.execute(arguments: [gram, ids])
        }
    }

    /// Lists the characters standing alone in every case (`loneMark`), for databases whose
    /// lists were made before they were (or were remade since, by `reindexAll`).
    static func listLoneCharacters(db: Database) throws {
        try db.execute(sql: "DELETE FROM caseBigramList WHERE substr(gram, 2) = ?", arguments: [String(loneMark)])
        var lastID: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM loanCase WHERE id > ? ORDER BY id LIMIT 10000",
                                        arguments: [lastID])
            guard let last = rows.last?["id"] as Int64? else { return }
            var casesByGram: [String: [Int64]] = [:]
            for row in rows {
                let loanCase = searchableCase(row)
                guard let id = loanCase.id else { continue }
                bigrams(in: bigramFields(of: loanCase, romanized: row["romanized"] ?? "")) { gram in
                    if gram.last == loneMark { casesByGram[gram, default: []].appendUnlessLast(id) }
                }
            }
            try addToLists(casesByGram.map { ($0.key, jsonArray($0.value)) }, db: db)
            lastID = last
        }
    }

    /// Romanises every case and builds both indexes again from the case rows: for databases
    /// written before the romanised lines existed.
    static func reindexAll(db: Database) throws {
        try db.execute(sql: "DELETE FROM caseSearch; DELETE FROM caseBigramList")
        let update = try db.cachedStatement(sql: "UPDATE loanCase SET romanized = ? WHERE id = ?")
        var pinyin = Pinyin()
        var lastID: Int64 = 0
        // In batches, so a million cases never sit in memory at once.
        while true {
            let cases = try Row.fetchAll(db, sql: "SELECT * FROM loanCase WHERE id > ? ORDER BY id LIMIT 10000",
                                         arguments: [lastID]).map(searchableCase)
            guard let last = cases.last?.id else { return }
            let romanized = cases.map { CaseSearch.romanized($0, pinyin: &pinyin) }
            for (loanCase, text) in zip(cases, romanized) { try update.execute(arguments: [text, loanCase.id]) }
            try index(cases, romanized: romanized, in: db)
            lastID = last
        }
    }

    /// The searched fields of a case row; tags that are not a JSON list (written by hand or by an
    /// old tool) count as none rather than stop the migration.
    private static func searchableCase(_ row: Row) -> LoanCase {
        let tags = (row["tags"] as String?).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        return LoanCase(id: row["id"], reference: row["reference"], debtorName: row["debtorName"], phone: row["phone"],
                        idNumber: row["idNumber"], address: row["address"], product: row["product"],
                        outstanding: Money(fen: row["outstandingFen"]), daysOverdue: row["daysOverdue"], tags: tags)
    }

    /// `[3,7,12]`, as `String(id)` writes each id. A list of 100k cases' grams holds about 5M
    /// ids, so the digits are written as bytes.
    static func jsonArray(_ ids: [Int64]) -> String {
        var text: [UInt8] = [UInt8(ascii: "[")]
        text.reserveCapacity(ids.count * 7 + 2)
        var digits: [UInt8] = []
        for (index, id) in ids.enumerated() {
            if index > 0 { text.append(UInt8(ascii: ",")) }
            guard id >= 0 else {
                text.append(contentsOf: String(id).utf8)
                continue
            }
            var rest = id
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            text.append(contentsOf: digits.reversed())
        }
        text.append(UInt8(ascii: "]"))
        return String(decoding: text, as: UTF8.self)
    }
}
