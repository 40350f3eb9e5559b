import Foundation

/// Reads cases from a CSV file (see the README): a header row naming the columns in
/// English or Chinese, in any order, then one case per record. UTF-8 with or without a
/// BOM; quoted fields may hold commas, doubled quotes and newlines; CRLF or LF. The CSV is
/// read strictly (`StrictCSVReader`): a stray or unclosed quote is an error, never a guess.
public enum CaseCSVImporter {
    /// The cases of the file, in file order, or every problem found in it.
    public static func parse(_ data: Data) throws(CaseImportError) -> [LoanCase] {
        var text = String(decoding: data, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" {
            text.unicodeScalars.removeFirst()
        }
        let records: [CSVRecord]
        do {
            records = try CSVRecord.records(in: text)
        } catch {
            throw CaseImportError(problems: [error])
        }
        guard let header = records.first else {
            throw CaseImportError(problems: [CaseImportProblem(
                line: 1, column: 1,
                message: "the file is empty; its first row must name the columns: \(CaseColumn.required.map(\.header).joined(separator: ","))")])
        }
        if let problem = encodingProblem(records) {
            throw CaseImportError(problems: [problem])
        }
        let columns = try columnIndices(header)

        var problems: [CaseImportProblem] = []
        var cases: [LoanCase] = []
        var firstLineOfReference: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                problems.append(fieldCountProblem(record, expected: header.fields.count))
                continue
            }
            var row = CaseRowReader(record: record, columns: columns)
            let loan = row.loanCase()
            if let reference = row.reference {
                if let first = firstLineOfReference[reference] {
                    row.report(.reference, "ref \(reference) is already used on line \(first); refs must be unique")
                } else {
                    firstLineOfReference[reference] = record.line
                }
            }
            problems += row.problems.sorted { $0.column < $1.column }
            if let loan, row.problems.isEmpty { cases.append(loan) }
        }
        guard problems.isEmpty else { throw CaseImportError(problems: problems) }
        return cases
    }

    /// Which field of a record holds each column; throws the header's problems.
    private static func columnIndices(_ header: CSVRecord) throws(CaseImportError) -> [CaseColumn: Int] {
        var columns: [CaseColumn: Int] = [:]
        var problems: [CaseImportProblem] = []
        for (index, field) in header.fields.enumerated() {
            let name = String(field.trimmingWhitespace())
            let problem = { (message: String) in
                problems.append(CaseImportProblem(line: header.line, column: index + 1, message: message))
            }
            if let unsafe = SafeText.firstUnsafeCharacter(in: field) {
                let position = header.filePosition(of: unsafe, inField: index)
                problem("the header holds \(unsafe.name) at line \(position.line), character \(position.column); control characters are not allowed")
            } else if name.isEmpty {
                problem("the header has no name for this column")
            } else if let column = CaseColumn(header: name) {
                if let first = columns[column] {
                    problem("column \(column.header) (\(column.chineseHeader)) appears twice, first as column \(first + 1)")
                } else {
                    columns[column] = index
                }
            } else {
                problem("unknown column \"\(name)\"; the columns are \(CaseColumn.allCases.map(\.header).joined(separator: ", "))"
                    + " (or \(CaseColumn.allCases.map(\.chineseHeader).joined(separator: "、")))")
            }
        }
        for column in CaseColumn.required where columns[column] == nil {
            problems.append(CaseImportProblem(
                line: header.line, column: 1,
                message: "missing required column \(column.header) (\(column.chineseHeader))"))
        }
        guard problems.isEmpty else { throw CaseImportError(problems: problems) }
        return columns
    }

    private static func fieldCountProblem(_ record: CSVRecord, expected: Int) -> CaseImportProblem {
        let found = record.fields.count
        if found > expected {
            return CaseImportProblem(
                line: record.line, column: expected + 1,
                message: "\(found) values but the header has \(expected) columns; put a value that contains a comma in double quotes")
        }
        return CaseImportProblem(
            line: record.line, column: found + 1,
            message: "\(found) values but the header has \(expected) columns; add the missing values (empty ones too)")
    }

    /// Bytes that are not UTF-8 were decoded as U+FFFD; the first one is reported alone,
    /// because a file in another encoding (often GBK from Excel) would fail on every row.
    private static func encodingProblem(_ records: [CSVRecord]) -> CaseImportProblem? {
        for record in records {
            if let index = record.fields.firstIndex(where: { $0.unicodeScalars.contains("\u{FFFD}") }) {
                return CaseImportProblem(
                    line: record.line, column: index + 1,
                    message: "the file is not UTF-8 text; save it as \"CSV UTF-8\" (files from Excel are often GBK)")
            }
        }
        return nil
    }
}
