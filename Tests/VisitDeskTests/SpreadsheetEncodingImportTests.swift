import Foundation
import Testing
@testable import VisitDesk

/// What Chinese spreadsheets really write — UTF-8 with or without a BOM, Excel's "Unicode
/// text" (UTF-16 with a BOM, tab-separated) and Excel's default "CSV" (GB18030/GBK) — is
/// read from a real file into a real store, and the encoding is reported; a file in no
/// encoding, or in two, is refused at the line where it breaks and nothing is imported.
@Suite struct SpreadsheetEncodingImportTests {
    static let rows = """
        编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数
        HB-2025-0113,张伟,13800138001,,"杭州市西湖区学院路77号, 4幢",花呗,"62,120.70",186
        JB-2025-0207,吉𠮷祥,,,深圳市南山区科苑路15号,借呗,8300,74

        """

    /// Writes `data` to a file in the fixture's folder and imports the file into its store.
    static func importFile(_ data: Data, into fixture: StoreFixture) throws -> ImportedCases {
        try FileManager.default.createDirectory(at: fixture.directory, withIntermediateDirectories: true)
        let file = fixture.directory.appendingPathComponent("cases-\(UUID().uuidString).csv")
        try data.write(to: file)
        let imported = try CaseCSVImporter.read(Data(contentsOf: file))
        _ = try fixture.store.insertCases(imported.cases)
        return imported
    }

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        return Data(bom) + text.utf16.reduce(into: Data()) { data, unit in
            data.append(contentsOf: bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
    }

    static func tabSeparated(_ text: String) -> String {
        text.replacingOccurrences(of: "\"杭州市西湖区学院路77号, 4幢\"", with: "杭州市西湖区学院路77号, 4幢")
            .replacingOccurrences(of: "\"62,120.70\"", with: "62120.70")
            .replacingOccurrences(of: ",", with: "\t")
            .replacingOccurrences(of: "77号\t 4幢", with: "77号, 4幢")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }

    static func expectStored(_ fixture: StoreFixture, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let zhang = try #require(try fixture.store.loanCase(reference: "HB-2025-0113"), sourceLocation: sourceLocation)
        #expect(zhang.debtorName == "张伟" && zhang.address == "杭州市西湖区学院路77号, 4幢", sourceLocation: sourceLocation)
        #expect(zhang.outstanding == Money(fen: 6_212_070), sourceLocation: sourceLocation)
        let ji = try #require(try fixture.store.loanCase(reference: "JB-2025-0207"), sourceLocation: sourceLocation)
        #expect(ji.debtorName == "吉𠮷祥" && ji.product == "借呗", sourceLocation: sourceLocation)
    }

    static func problems(_ data: Data) -> [CaseImportProblem] {
        CSVImportTests.problems(data)
    }

    @Test func utf8WithoutAndWithBOMIsReadAndNamed() throws {
        for (data, encoding) in [(Data(Self.rows.utf8), SpreadsheetEncoding.utf8),
                                 (Data([0xEF, 0xBB, 0xBF]) + Data(Self.rows.utf8), .utf8WithBOM)] {
            let fixture = try StoreFixture()
            let imported = try Self.importFile(data, into: fixture)
            #expect(imported.encoding == encoding && imported.separator == .comma)
            try Self.expectStored(fixture)
        }
    }

    @Test func excelUnicodeTextUTF16WithBOMTabSeparatedIsRead() throws {
        for bigEndian in [false, true] {
            let fixture = try StoreFixture()
            let imported = try Self.importFile(Self.utf16(Self.tabSeparated(Self.rows), bigEndian: bigEndian), into: fixture)
            #expect(imported.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
            #expect(imported.separator == .tab)
            try Self.expectStored(fixture)
        }
    }

    @Test func utf16CommaSeparatedIsReadToo() throws {
        let fixture = try StoreFixture()
        let imported = try Self.importFile(Self.utf16(Self.rows, bigEndian: false), into: fixture)
        #expect(imported.encoding == .utf16LittleEndian && imported.separator == .comma)
        try Self.expectStored(fixture)
    }

    @Test func excelChineseCSVInGB18030IsReadIncludingFourByteCharacters() throws {
        let data = try CSVImportTests.fixture("cases-zh-gb18030.csv")
        #expect(String(validating: data, as: UTF8.self) == nil, "the fixture is not UTF-8")
        let fixture = try StoreFixture()
        let imported = try Self.importFile(data, into: fixture)
        #expect(imported.encoding == .gb18030 && imported.separator == .comma)
        let ji = try #require(try fixture.store.loanCase(reference: "GB-2025-0001"))
        #expect(ji.debtorName == "吉𠮷祥" && ji.address == "杭州市西湖区学院路77号, 4幢")
        #expect(ji.outstanding == Money(fen: 6_212_070) && ji.daysOverdue == 186)
        let ouyang = try #require(try fixture.store.loanCase(reference: "GB-2025-0002"))
        #expect(ouyang.debtorName == "欧阳娜娜" && ouyang.product == "微粒贷" && ouyang.outstanding == Money(yuan: 15_000))
    }

    @Test func excelTabDelimitedTextInGBKIsReadWithTheStrictRules() throws {
        let fixture = try StoreFixture()
        let imported = try Self.importFile(try CSVImportTests.fixture("cases-zh-gbk-tab.txt"), into: fixture)
        #expect(imported.encoding == .gb18030 && imported.separator == .tab)
        let zhang = try #require(try fixture.store.loanCase(reference: "GK-2025-0003"))
        #expect(zhang.address == "北京市朝阳区望京街道, 阜通东大街6号", "a comma is only text when tabs separate")
        #expect(zhang.product == "借呗 \"极速版\"")
    }

    @Test func gb18030BytesMadeByIconvAreRead() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory, withIntermediateDirectories: true)
        let source = fixture.directory.appendingPathComponent("utf8.csv")
        let target = fixture.directory.appendingPathComponent("gbk.csv")
        try Data(Self.rows.utf8).write(to: source)
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        iconv.arguments = ["iconv", "-f", "UTF-8", "-t", "GB18030", source.path]
        try Data().write(to: target)
        iconv.standardOutput = try FileHandle(forWritingTo: target)
        try iconv.run()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        let imported = try Self.importFile(Data(contentsOf: target), into: fixture)
        #expect(imported.encoding == .gb18030)
        try Self.expectStored(fixture)
    }

    @Test func aFileMixingUTF8AndGBKLinesIsRefusedNamingBothLines() throws {
        let gbk = try CSVImportTests.fixture("cases-zh-gb18030.csv")
        let gbkLine = gbk.split(separator: 0x0A, omittingEmptySubsequences: false)[2]
        let data = Data(Self.rows.utf8) + gbkLine + Data("\n".utf8)
        let fixture = try StoreFixture()
        #expect(throws: CaseImportError.self) { try Self.importFile(data, into: fixture) }
        let problems = Self.problems(data)
        #expect(problems.count == 1 && problems.first?.line == 4)
        #expect(problems.first?.message.contains("line 1 is UTF-8 but line 4 is GB18030") == true, "\(problems)")
        #expect(try fixture.store.caseCount(matching: nil) == 0)
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreRefusedAtTheirLine() throws {
        let data = Data("编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数\nA-1,张三,,,x,花呗,1,1\n".utf8)
            .map { $0 } + [0x41, 0x2D, 0x32, 0x2C, 0xFF, 0xFE, 0x80, 0x0A]
        let problems = Self.problems(Data(data))
        #expect(problems.count == 1 && problems.first?.line == 3, "\(problems)")
        #expect(problems.first?.message.contains("line 3 is neither UTF-8 nor GB18030") == true, "\(problems)")
    }

    @Test func aGBKFileWithABrokenLineIsRefusedAtThatLine() throws {
        var data = try CSVImportTests.fixture("cases-zh-gb18030.csv")
        data.append(contentsOf: [0x43, 0x2C, 0xD5, 0x0A])
        let problems = Self.problems(data)
        #expect(problems.map(\.line) == [4], "\(problems)")
        #expect(problems.first?.message.contains("neither UTF-8 nor GB18030") == true)
    }

    @Test func aBOMThatLiesIsRefusedAtTheBrokenLine() throws {
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data(Self.rows.utf8) + Data([0xD5, 0xC5, 0x0A])
        #expect(Self.problems(utf8).map(\.line) == [4])
        #expect(Self.problems(utf8).first?.message.contains("line 4 is not UTF-8") == true)

        let unpaired = Self.utf16(Self.tabSeparated(Self.rows), bigEndian: false) + Data([0x00, 0xD8, 0x41, 0x00])
        #expect(Self.problems(unpaired).map(\.line) == [4], "\(Self.problems(unpaired))")
        #expect(Self.problems(unpaired).first?.message.contains("unpaired surrogate") == true)

        let odd = Self.utf16(Self.tabSeparated(Self.rows), bigEndian: true) + Data([0x00])
        #expect(Self.problems(odd).map(\.line) == [4])
        #expect(Self.problems(odd).first?.message.contains("odd number of bytes") == true)
    }

    @Test func tabSeparatedTextKeepsTheStrictQuoteRules() throws {
        let text = "ref\tname\tphone\tid_number\taddress\tproduct\toutstanding\tdays_overdue\nA-1\tZhang \"Tony\" San\t\t\tx\t花呗\t1\t1\n"
        let problems = Self.problems(Self.utf16(text, bigEndian: false))
        #expect(problems.map(\.line) == [2] && problems.map(\.column) == [2], "\(problems)")
        #expect(problems.first?.message.contains("the quote at character 11 is inside a value that does not start with a quote") == true)

        let extra = "ref\tname\tphone\tid_number\taddress\tproduct\toutstanding\tdays_overdue\nA-1\t张三\t\t\tx\ty\t花呗\t1\t1\n"
        let tooMany = Self.problems(Self.utf16(extra, bigEndian: false))
        #expect(tooMany.map(\.line) == [2] && tooMany.first?.message.contains("put a value that contains a tab in double quotes") == true, "\(tooMany)")

        let short = "ref\tname\tphone\tid_number\taddress\tproduct\toutstanding\tdays_overdue\nA-1\t张三\t\t\tx\t花呗\t1\n"
        #expect(Self.problems(Self.utf16(short, bigEndian: false)).map(\.line) == [2])
    }

    @Test func aReplacementCharacterFromAnEarlierConversionIsStillRefused() {
        let problems = Self.problems(Data((Self.rows + "C-3,张\u{FFFD},,,x,花呗,1,1\n").utf8))
        #expect(problems.map(\.line) == [4] && problems.map(\.column) == [2])
        #expect(problems.first?.message.contains("U+FFFD") == true)
    }
}
