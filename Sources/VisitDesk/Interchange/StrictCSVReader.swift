/// Splits CSV text (or tab-separated text, by the same rules with a tab for the comma) into records by RFC 4180 and refuses, rather than guesses at, what the
/// RFC does not allow: a quote inside a value that does not start with one, a quote inside a
/// quoted value that is not doubled (`"Zhang "Tony" San"`), and a quoted value still open at
/// the end of the file. Records end with LF or CRLF; inside quotes a line break belongs to
/// the value. Spaces before an opening or after a closing quote are ignored. Blank records
/// (every value empty or spaces) are left out but counted in the line numbers.
struct StrictCSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let space = UInt8(ascii: " ")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    private let separator: UInt8
    private var index = 0
    /// Line and character column of `bytes[index]`, both 1-based.
    private var line = 1
    private var column = 1
    /// The value being read, reused from field to field.
    private var buffer: [UInt8] = []

    private init(_ text: String, separator: SpreadsheetSeparator) {
        bytes = Array(text.utf8)
        self.separator = separator.rawValue
    }

    /// The non-blank records of `text`, or the first place where it breaks the format.
    static func records(in text: String, separator: SpreadsheetSeparator) throws(CaseImportProblem) -> [CSVRecord] {
        var reader = StrictCSVReader(text, separator: separator)
        var records: [CSVRecord] = []
        while reader.index < reader.bytes.count {
            let record = try reader.record()
            if record.fields.contains(where: { $0.utf8.contains { $0 != space } }) {
                records.append(record)
            }
        }
        return records
    }

    private mutating func record() throws(CaseImportProblem) -> CSVRecord {
        var record = CSVRecord(line: line, fields: [], starts: [])
        while true {
            try field(into: &record)
            if index < bytes.count, bytes[index] == separator {
                advance()
                continue
            }
            if index < bytes.count, bytes[index] == Self.carriageReturn { advance() }
            if index < bytes.count, bytes[index] == Self.lineFeed { advance() }
            return record
        }
    }

    private mutating func field(into record: inout CSVRecord) throws(CaseImportProblem) {
        var look = index
        while look < bytes.count, bytes[look] == Self.space { look += 1 }
        if look < bytes.count, bytes[look] == Self.quote {
            while index < look { advance() }
            try quotedField(into: &record)
        } else {
            try plainField(into: &record)
        }
    }

    /// A value that does not start with a quote runs to the next separator or line end and may
    /// hold no quote at all.
    private mutating func plainField(into record: inout CSVRecord) throws(CaseImportProblem) {
        record.starts.append(CSVRecord.FieldStart(line: line, column: column, quoted: false))
        let start = index
        while index < bytes.count, !isFieldEnd(at: index) {
            if bytes[index] == Self.quote {
                throw CaseImportProblem(
                    line: line, column: record.fields.count + 1,
                    text: LocalizedText(
                        zh: "第 \(column) 个字符处的引号在一个不以引号开头的值里；请把整个值放进引号，值里的每个引号写两次（\"\"）",
                        en: "the quote at character \(column) is inside a value that does not start with a quote;"
                            + " put the whole value in quotes and write each quote in it twice (\"\")"))
            }
            advance()
        }
        record.fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    /// A quoted value ends at a single quote, which must be followed by the separator, a line end
    /// or the end of the file; `""` inside it stands for one quote.
    private mutating func quotedField(into record: inout CSVRecord) throws(CaseImportProblem) {
        let openLine = line
        let openColumn = column
        advance()
        record.starts.append(CSVRecord.FieldStart(line: line, column: column, quoted: true))
        buffer.removeAll(keepingCapacity: true)
        while index < bytes.count {
            let byte = bytes[index]
            if byte != Self.quote {
                buffer.append(byte)
                advance()
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                buffer.append(Self.quote)
                advance()
                advance()
                continue
            }
            let closeLine = line
            let closeColumn = column
            advance()
            while index < bytes.count, bytes[index] == Self.space { advance() }
            guard index == bytes.count || isFieldEnd(at: index) else {
                throw CaseImportProblem(
                    line: closeLine, column: record.fields.count + 1,
                    text: LocalizedText(
                        zh: "第 \(closeColumn) 个字符处的引号结束了引号里的值，但后面还有文字；引号里的每个引号要写两次，例如 \"Zhang \"\"Tony\"\" San\"",
                        en: "the quote at character \(closeColumn) ends the quoted value but more text follows it;"
                            + " inside quotes write each quote twice, e.g. \"Zhang \"\"Tony\"\" San\""))
            }
            record.fields.append(String(decoding: buffer, as: UTF8.self))
            return
        }
        throw CaseImportProblem(
            line: openLine, column: record.fields.count + 1,
            text: LocalizedText(
                zh: "第 \(openColumn) 个字符处的引号开始了一个没有结束的值，文件余下的内容都被读进了它；请补上缺少的 \"",
                en: "the quote at character \(openColumn) opens a value that is never closed, so the rest of the file"
                    + " was read into it; add the missing \""))
    }

    /// The separator, a LF or a CRLF; a lone CR is part of the value (and refused later as a control character).
    private func isFieldEnd(at position: Int) -> Bool {
        switch bytes[position] {
        case separator, Self.lineFeed: true
        case Self.carriageReturn: position + 1 < bytes.count && bytes[position + 1] == Self.lineFeed
        default: false
        }
    }

    /// Moves past one byte, keeping line and character column: a column is counted at the
    /// first byte of each UTF-8 sequence.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == Self.lineFeed {
            line += 1
            column = 1
        } else if index == bytes.count || bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
    }
}
