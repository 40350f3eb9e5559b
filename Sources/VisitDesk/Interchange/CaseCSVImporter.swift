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
        let decoded: DecodedSpreadsheet
        do {
            decoded = try SpreadsheetText.decode(data)
        } catch {
            throw CaseImportError(problems: [CaseImportProblem(line: error.line, column: 1, text: error.text)])
        }
        let records: [CSVRecord]
        do {
            records = try CSVRecord.records(in: decoded.text, separator: decoded.separator)
        } catch {
            throw CaseImportError(problems: [error])
        }
        guard let header = records.first else {
            throw CaseImportError(problems: [CaseImportProblem(
                line: 1, column: 1,
                text: LocalizedText(zh: "文件是空的；第一行必须写出列名：\(CaseColumn.required.map(\.chineseHeader).joined(separator: ","))",
                                    en: "the file is empty; its first row must name the columns: \(CaseColumn.required.map(\.header).joined(separator: ","))"))])
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
                problems.append(fieldCountProblem(record, expected: header.fields.count, separator: decoded.separator))
                continue
            }
            var row = CaseRowReader(record: record, columns: columns)
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
        return ImportedCases(cases: cases, encoding: decoded.encoding, separator: decoded.separator)
    }

    /// Which field of a record holds each column; throws the header's problems.
    private static func columnIndices(_ header: CSVRecord) throws(CaseImportError) -> [CaseColumn: Int] {
        var columns: [CaseColumn: Int] = [:]
        var problems: [CaseImportProblem] = []
        for (index, field) in header.fields.enumerated() {
            let name = String(field.trimmingWhitespace())
            let problem = { (text: LocalizedText) in
                problems.append(CaseImportProblem(line: header.line, column: index + 1, text: text))
            }
            if let unsafe = SafeText.firstUnsafeCharacter(in: field) {
                let position = header.filePosition(of: unsafe, inField: index)
                problem(LocalizedText(zh: "表头在第 \(position.line) 行第 \(position.column) 个字符处含有 \(unsafe.name)；不允许控制字符",
                                      en: "the header holds \(unsafe.name) at line \(position.line), character \(position.column); control characters are not allowed"))
            } else if name.isEmpty {
                problem(LocalizedText(zh: "表头没有给这一列命名", en: "the header has no name for this column"))
            } else if let column = CaseColumn(header: name) {
                if let first = columns[column] {
                    problem(LocalizedText(zh: "列 \(column.chineseHeader)（\(column.header)）出现了两次，第一次是第 \(first + 1) 列",
                                          en: "column \(column.header) (\(column.chineseHeader)) appears twice, first as column \(first + 1)"))
                } else {
                    columns[column] = index
                }
            } else {
                let english = CaseColumn.allCases.map(\.header).joined(separator: ", ")
                let chinese = CaseColumn.allCases.map(\.chineseHeader).joined(separator: "、")
                problem(LocalizedText(zh: "未知的列“\(name)”；列名是 \(chinese)（或 \(english)）",
                                      en: "unknown column \"\(name)\"; the columns are \(english) (or \(chinese))"))
            }
        }
        for column in CaseColumn.required where columns[column] == nil {
            problems.append(CaseImportProblem(
                line: header.line, column: 1,
                text: LocalizedText(zh: "缺少必需的列 \(column.chineseHeader)（\(column.header)）",
                                    en: "missing required column \(column.header) (\(column.chineseHeader))")))
        }
        guard problems.isEmpty else { throw CaseImportError(problems: problems) }
        return columns
    }

    private static func fieldCountProblem(_ record: CSVRecord, expected: Int, separator: SpreadsheetSeparator) -> CaseImportProblem {
        let found = record.fields.count
        if found > expected {
            return CaseImportProblem(
                line: record.line, column: expected + 1,
                text: LocalizedText(zh: "有 \(found) 个值，但表头只有 \(expected) 列；含\(separator.name.zh)的值请放进双引号",
                                    en: "\(found) values but the header has \(expected) columns; put a value that contains a \(separator.name.en) in double quotes"))
        }
        return CaseImportProblem(
            line: record.line, column: found + 1,
            text: LocalizedText(zh: "有 \(found) 个值，但表头有 \(expected) 列；请补上缺少的值（空值也要）",
                                en: "\(found) values but the header has \(expected) columns; add the missing values (empty ones too)"))
    }

    /// A replacement character (U+FFFD) in a decoded file means text was already lost when
    /// it was converted earlier; the first one is reported alone, as it usually recurs on every row.
    private static func encodingProblem(_ records: [CSVRecord]) -> CaseImportProblem? {
        for record in records {
            if let index = record.fields.firstIndex(where: { $0.unicodeScalars.contains("\u{FFFD}") }) {
                return CaseImportProblem(
                    line: record.line, column: index + 1,
                    text: LocalizedText(zh: "文件里有替换字符 U+FFFD（�），说明文字在之前的转换中已经丢失；请从原表格重新导出",
                                        en: "the file holds the replacement character U+FFFD (�): text was lost in an earlier conversion; export it again from the original spreadsheet"))
            }
        }
        return nil
    }
}
