import GRDB

/// How a search text becomes a set of case ids. Queries of three characters and more use the
/// FTS5 trigram index, two-character queries the bigram table, one character a scan.
struct CaseSearch {
    /// SQL selecting the matching case ids, with its arguments.
    let sql: String
    let arguments: StatementArguments

    /// Nil when `text` is empty: everything matches.
    init?(_ text: String?) {
        guard let query = text.map(CaseSearch.normalize), !query.isEmpty else { return nil }
        switch query.count {
        case 1:
            let escaped = query.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            sql = "SELECT rowid FROM caseSearch WHERE text LIKE ? ESCAPE '\\'"
            arguments = ["%\(escaped)%"]
        case 2:
            sql = "SELECT caseID FROM caseBigram WHERE gram = ?"
            arguments = [query]
        default:
            sql = "SELECT rowid FROM caseSearch WHERE caseSearch MATCH ?"
            arguments = ["\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""]
        }
    }

    /// Lower case, trimmed; a query of digits with spaces or dashes (a phone) keeps its digits.
    static func normalize(_ text: String) -> String {
        let trimmed = String(text.trimmingWhitespace()).lowercased()
        let phoneLike = trimmed.contains { $0.isASCII && $0.isNumber }
            && trimmed.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == " " || $0 == "-" || $0 == "+" }
        return phoneLike ? trimmed.filter { $0.isASCII && $0.isNumber } : trimmed
    }

    /// The fields a case is found by, each normalised as queries are.
    static func fields(of loanCase: LoanCase) -> [String] {
        [loanCase.reference, loanCase.debtorName, loanCase.phone.filter { $0.isASCII && $0.isNumber }, loanCase.address]
            .map { String($0.trimmingWhitespace()).lowercased() }
            + loanCase.tags.map { normalize($0) }
    }

    /// The text of the trigram index: one field per line.
    static func document(of loanCase: LoanCase) -> String {
        fields(of: loanCase).joined(separator: "\n")
    }

    /// Every two-character substring of every field, without spaces.
    static func bigrams(of loanCase: LoanCase) -> Set<String> {
        var grams = Set<String>()
        for field in fields(of: loanCase) {
            let characters = Array(field)
            guard characters.count >= 2 else { continue }
            for index in 0..<(characters.count - 1) where !characters[index].isWhitespace && !characters[index + 1].isWhitespace {
                grams.insert(String(characters[index...index + 1]))
            }
        }
        return grams
    }

    /// Adds cases, whose ids are set and ascending, to both indexes. The bigram table gets
    /// one statement per distinct two-character string, with the ids of all its cases as a
    /// JSON array, in the order of the table's key (gram, then case id): millions of rows go
    /// in through thousands of calls, each appending to the B-tree instead of splitting pages
    /// all over it.
    static func index(_ cases: [LoanCase], in db: Database) throws {
        let insertDocument = try db.cachedStatement(sql: "INSERT INTO caseSearch(rowid, text) VALUES (?, ?)")
        var casesByGram: [String: [Int64]] = [:]
        for loanCase in cases {
            guard let id = loanCase.id else { continue }
            try insertDocument.execute(arguments: [id, document(of: loanCase)])
            for gram in bigrams(of: loanCase) {
                casesByGram[gram, default: []].append(id)
            }
        }
        let insertGram = try db.cachedStatement(sql: "INSERT INTO caseBigram(gram, caseID) SELECT ?, value FROM json_each(?)")
        // SQLite orders TEXT keys by their UTF-8 bytes.
        for gram in casesByGram.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let ids = casesByGram[gram]!.sorted()
            try insertGram.execute(arguments: [gram, "[" + ids.map(String.init).joined(separator: ",") + "]"])
        }
    }
}
