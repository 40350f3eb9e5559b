import Foundation

/// An imported spreadsheet file read as far as its rows: the bytes decoded (`SpreadsheetText`),
/// split strictly into records (`StrictCSVReader`), the header row mapped to `Column`s. What
/// each row's values mean is the importer's business; the file-level problems — unreadable
/// bytes, broken quoting, an empty file, text lost in an earlier conversion, a bad header —
/// are thrown here, the same for every importer.
struct SpreadsheetTable<Column: SpreadsheetColumn> {
    var header: CSVRecord
    /// The records after the header, blank ones left out (their lines still counted).
    var rows: [CSVRecord]
    /// Which field of a record holds each column the header names.
    var columns: [Column: Int]
    var encoding: SpreadsheetEncoding
    var separator: SpreadsheetSeparator

    static func read(_ data: Data) throws(CaseImportError) -> SpreadsheetTable {
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
                text: LocalizedText(zh: "文件是空的；第一行必须写出列名：\(Column.required.map(\.chineseHeader).joined(separator: ","))",
                                    en: "the file is empty; its first row must name the columns: \(Column.required.map(\.header).joined(separator: ","))"))])
        }
        if let problem = encodingProblem(records) {
            throw CaseImportError(problems: [problem])
        }
        return SpreadsheetTable(header: header, rows: Array(records.dropFirst()), columns: try columnIndices(header),
                                encoding: decoded.encoding, separator: decoded.separator)
    }

    /// Why `record` cannot be read against the header (too many or too few values), or nil.
    func fieldCountProblem(_ record: CSVRecord) -> CaseImportProblem? {
        let found = record.fields.count, expected = header.fields.count
        if found > expected {
            return CaseImportProblem(
                line: record.line, column: expected + 1,
                text: LocalizedText(zh: "有 \(found) 个值，但表头只有 \(expected) 列；含\(separator.name.zh)的值请放进双引号",
                                    en: "\(found) values but the header has \(expected) columns; put a value that contains a \(separator.name.en) in double quotes"))
        }
        if found < expected {
            return CaseImportProblem(
                line: record.line, column: found + 1,
                text: LocalizedText(zh: "有 \(found) 个值，但表头有 \(expected) 列；请补上缺少的值（空值也要）",
                                    en: "\(found) values but the header has \(expected) columns; add the missing values (empty ones too)"))
        }
        return nil
    }

    /// Which field of a record holds each column; throws the header's problems.
    private static func columnIndices(_ header: CSVRecord) throws(CaseImportError) -> [Column: Int] {
        var columns: [Column: Int] = [:]
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
            } else if let column = Column.named(name) {
                if let first = columns[column] {
                    problem(LocalizedText(zh: "列 \(column.chineseHeader)（\(column.header)）出现了两次，第一次是第 \(first + 1) 列",
                                          en: "column \(column.header) (\(column.chineseHeader)) appears twice, first as column \(first + 1)"))
                } else {
                    columns[column] = index
                }
            } else {
                let english = Column.allCases.map(\.header).joined(separator: ", ")
                let chinese = Column.allCases.map(\.chineseHeader).joined(separator: "、")
                problem(LocalizedText(zh: "未知的列“\(name)”；列名是 \(chinese)（或 \(english)）",
                                      en: "unknown column \"\(name)\"; the columns are \(english) (or \(chinese))"))
            }
        }
        for column in Column.required where columns[column] == nil {
            problems.append(CaseImportProblem(
                line: header.line, column: 1,
                text: LocalizedText(zh: "缺少必需的列 \(column.chineseHeader)（\(column.header)）",
                                    en: "missing required column \(column.header) (\(column.chineseHeader))")))
        }
        guard problems.isEmpty else { throw CaseImportError(problems: problems) }
        return columns
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
