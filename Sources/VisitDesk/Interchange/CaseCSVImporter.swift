import Foundation

/// Reads cases from a CSV file (see the README): a header row naming the columns in
/// English or Chinese, in any order, then one case per record. The text is UTF-8 with or
/// without a BOM, UTF-16 with a BOM or GB18030/GBK, comma- or tab-separated (see
/// `SpreadsheetText`); quoted fields may hold separators, doubled quotes and newlines; CRLF
/// or LF. It is read strictly (`StrictCSVReader`): a stray or unclosed quote is an error,
/// never a guess.
public enum CaseCSVImporter {
    /// The cases of the file, in file order, or every problem found in it.
    public static func parse(_ data: Data) throws(CaseImportError) -> [LoanCase] {
        try read(data).cases
    }

    /// The cases of the file, in file order, with the encoding and separator it was read
    /// in, or every problem found in it.
    public static func read(_ data: Data) throws(CaseImportError) -> ImportedCases {
        let table = try SpreadsheetTable<CaseColumn>.read(data)
        var problems: [CaseImportProblem] = []
        var cases: [LoanCase] = []
        var firstLineOfReference: [String: Int] = [:]
        for record in table.rows {
            if let problem = table.fieldCountProblem(record) {
                problems.append(problem)
                continue
            }
            var row = CaseRowReader(record: record, columns: table.columns)
            let loan = row.loanCase()
            if let reference = row.reference {
                if let first = firstLineOfReference[reference] {
                    row.report(.reference, LocalizedText(zh: "编号 \(reference) 已在第 \(first) 行用过；编号不能重复",
                                                         en: "ref \(reference) is already used on line \(first); refs must be unique"))
                } else {
                    firstLineOfReference[reference] = record.line
                }
            }
            problems += row.problems.sorted { $0.column < $1.column }
            if let loan, row.problems.isEmpty { cases.append(loan) }
        }
        guard problems.isEmpty else { throw CaseImportError(problems: problems) }
        return ImportedCases(cases: cases, encoding: table.encoding, separator: table.separator)
    }
}
