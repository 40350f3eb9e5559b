import Foundation
import Testing
@testable import VisitDesk

@Suite("CSV import of cases")
struct CSVImportTests {
    static let header = "ref,name,phone,id_number,address,product,outstanding,days_overdue"

    static func fixture(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try Data(contentsOf: url)
    }

    static func problems(_ text: String) -> [CaseImportProblem] {
        problems(Data(text.utf8))
    }

    static func problems(_ data: Data) -> [CaseImportProblem] {
        do {
            _ = try CaseCSVImporter.parse(data)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func englishFileWithQuotedCommasEscapedQuotesAndNewlines() throws {
        let cases = try CaseCSVImporter.parse(Self.fixture("cases-en.csv"))
        #expect(cases.map(\.reference) == ["HB-2025-0113", "JB-2025-0207", "ZL-2025-0624"])

        let zhang = cases[0]
        #expect(zhang.address == "杭州市西湖区学院路77号4幢, 1单元601")
        #expect(zhang.phone == "13800138001")
        #expect(zhang.idNumber == "33010619900101123X")
        #expect(zhang.outstanding == Money(fen: 6_212_070))
        #expect(zhang.status == .planAgreed)
        #expect(zhang.assignedAgent == "王磊")
        #expect(zhang.tags == ["首次上门", "有工作"])

        let li = cases[1]
        #expect(li.address == "深圳市南山区科苑路15号 A栋2306")
        #expect(li.phone == "13900139002")
        #expect(li.outstanding == Money(yuan: 8_300))
        #expect(li.status == .promised)

        let xu = cases[2]
        #expect(xu.debtorName == "徐丹 \"Dan\" Xu")
        #expect(xu.product == "招联\"好期贷\"")
        #expect(xu.idNumber.isEmpty)
        #expect(xu.outstanding == Money(yuan: 62_000))
        #expect(xu.status == .open && xu.tags.isEmpty && xu.assignedAgent.isEmpty)
    }

    @Test func chineseHeadersInAnyOrderWithBOMAndCRLF() throws {
        let data = try Self.fixture("cases-zh-bom-crlf.csv")
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let cases = try CaseCSVImporter.parse(data)
        #expect(cases.map(\.reference) == ["WL-2025-0422", "HB-2025-0356"])
        #expect(cases[0].debtorName == "陈杰")
        #expect(cases[0].address == "成都市武侯区 玉林北路18号2栋")
        #expect(cases[0].outstanding == Money(yuan: 15_200))
        #expect(cases[1].outstanding == Money(fen: 287_040))
        #expect(cases[1].daysOverdue == 58)
    }

    @Test func badFileListsEveryProblemWithItsPhysicalLineAndImportsNothing() throws {
        let problems = Self.problems(try Self.fixture("cases-bad.csv"))
        #expect(problems.map { "\($0.line):\($0.column)" } == [
            "2:7",
            "3:1", "3:2", "3:3", "3:4", "3:8",
            "4:1", "4:4", "4:8",
            "6:9",
            "7:4",
        ])
        #expect(problems[0].description.hasPrefix("line 2, column 7: outstanding: \"12,34.5\" is not an amount"))
        #expect(problems[6].message == "ref HB-1 is already used on line 2; refs must be unique")
        #expect(problems[7].message.contains("check digit"))
        #expect(problems[8].message == "days_overdue \"12.5\" is not a whole number of days")
        #expect(problems[9].message.contains("double quotes"))
        #expect(problems[10].message.contains("3 values but the header has 8 columns"))
    }

    @Test func errorDescriptionSaysNothingWasImportedAndListsProblems() {
        let error = CaseImportError(problems: [
            CaseImportProblem(line: 2, column: 1, text: LocalizedText(zh: "编号为空", en: "ref is empty")),
            CaseImportProblem(line: 3, column: 8, text: LocalizedText(zh: "逾期天数 -1 是负数", en: "days_overdue -1 is negative")),
        ])
        #expect(error.description == """
            nothing imported, 2 problems in the file:
            line 2, column 1: ref is empty
            line 3, column 8: days_overdue -1 is negative
            """)
    }

    @Test func missingRequiredColumnsAreNamedInBothLanguages() {
        let problems = Self.problems("ref,name,phone,address,product,outstanding\nA-1,张三,13800138000,北京,花呗,100\n")
        #expect(problems.map(\.description) == [
            "line 1, column 1: missing required column id_number (身份证号)",
            "line 1, column 1: missing required column days_overdue (逾期天数)",
        ])
    }

    @Test func unknownDuplicateAndUnnamedHeaderColumnsAreProblems() {
        let problems = Self.problems(Self.header + ",姓名,notes,\n")
        #expect(problems.map(\.column) == [9, 10, 11])
        #expect(problems[0].message.contains("appears twice, first as column 2"))
        #expect(problems[1].message.hasPrefix("unknown column \"notes\""))
        #expect(problems[2].message == "the header has no name for this column")
    }

    @Test func emptyFileIsAProblem() {
        #expect(Self.problems("").map(\.line) == [1])
        #expect(Self.problems("\u{FEFF}\n\n").first?.message.hasPrefix("the file is empty") == true)
    }

    @Test func newlinesInsideQuotesMoveLaterLineNumbers() {
        let text = Self.header + "\nA-1,张三,,,\"第一行\n第二行\n第三行\",花呗,100,1\nA-2,,,,x,花呗,100,1\n"
        #expect(Self.problems(text).map(\.description) == [
            "line 5, column 2: name is empty; every case needs the debtor's name",
        ])
    }

    @Test func crlfInsideQuotesCountsAsOneLine() {
        let text = Self.header + "\r\nA-1,张三,,,\"一\r\n二\",花呗,100,1\r\nA-2,李四,,,x,花呗,abc,1\r\n"
        #expect(Self.problems(text).map(\.line) == [4])
    }

    @Test func blankLinesAreSkippedButCounted() {
        let text = Self.header + "\n\nA-1,张三,,,x,花呗,100,1\n\n,李四,,,x,花呗,100,1\n"
        #expect(Self.problems(text).map(\.line) == [5])
    }

    @Test(arguments: [
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 13800138000", "13800138000"),
        ("010-6512 3456", "01065123456"),
        ("", ""),
    ])
    func phoneAllowsSpacesDashesAndPlus86(input: String, stored: String) throws {
        let cases = try CaseCSVImporter.parse(Data((Self.header + "\nA-1,张三,\(input),,x,花呗,100,1\n").utf8))
        #expect(cases.first?.phone == stored)
    }

    @Test(arguments: ["138OO138000", "１３８００１３８０００", "12345", "+1 415 555 0100 22"])
    func phoneThatIsNotDigitsIsRejected(input: String) {
        let problems = Self.problems(Self.header + "\nA-1,张三,\(input),,x,花呗,100,1\n")
        #expect(problems.map(\.column) == [3])
    }

    @Test(arguments: ["11010519491231002", "1101051949123100XX", "110105194912310021", "ABCDEFGHIJKLMNOPQR"])
    func idNumberMustBeEighteenCharactersWithAValidCheckDigit(input: String) {
        let problems = Self.problems(Self.header + "\nA-1,张三,,\(input),x,花呗,100,1\n")
        #expect(problems.map(\.column) == [4])
    }

    @Test(arguments: ["", "-5", "3.5", "十"])
    func daysOverdueMustBeAWholeNonNegativeNumber(input: String) {
        let problems = Self.problems(Self.header + "\nA-1,张三,,,x,花呗,100,\(input)\n")
        #expect(problems.map(\.column) == [8])
    }

    @Test(arguments: ["", "-100", "12.345", "1,2,3", "abc", "100元"])
    func badAmountsCarryTheMoneyParserMessage(input: String) throws {
        let problems = Self.problems(Self.header + "\nA-1,张三,,,x,花呗,\"\(input)\",1\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && problem.column == 7)
        do {
            _ = try Money.parse(input)
            Issue.record("\(input) should not parse")
        } catch {
            #expect(problem.message == "outstanding: \(error.description)")
        }
    }

    @Test func statusAcceptsEnglishInAnyCaseAndChineseLabels() throws {
        let text = "ref,name,phone,id_number,address,product,outstanding,days_overdue,status\n"
            + "A-1,甲,,,x,花呗,1,1,Plan_Agreed\nA-2,乙,,,x,花呗,1,1,已结清\nA-3,丙,,,x,花呗,1,1,CLOSED\n"
        #expect(try CaseCSVImporter.parse(Data(text.utf8)).map(\.status) == [.planAgreed, .settled, .closed])
        let bad = Self.problems("ref,name,phone,id_number,address,product,outstanding,days_overdue,status\nA-1,甲,,,x,花呗,1,1,paid\n")
        #expect(bad.map(\.column) == [9])
        #expect(bad.first?.message.contains("待处理、已承诺") == true)
    }

    @Test func tagsSplitOnSemicolonsCommasAndEnumerationMarks() throws {
        let text = "ref,name,phone,id_number,address,product,outstanding,days_overdue,tags\n"
            + "A-1,甲,,,x,花呗,1,1,\"首次上门; 有工作,已承诺、失联；困难户\"\n"
        #expect(try CaseCSVImporter.parse(Data(text.utf8)).first?.tags == ["首次上门", "有工作", "已承诺", "失联", "困难户"])
    }

    @Test func gbkValuesInAnOtherwiseASCIIFileAreReadAsGB18030() throws {
        var data = Data((Self.header + "\nA-1,").utf8)
        data.append(contentsOf: [0xD5, 0xC5, 0xCE, 0xB0]) // 张伟 in GBK
        data.append(contentsOf: Data(",,,x,花呗,100,1\nA-2,".utf8))
        data.append(contentsOf: [0xC0, 0xEE]) // 李 in GBK
        data.append(contentsOf: Data(",,,x,花呗,100,1\n".utf8))
        let imported = try CaseCSVImporter.read(data)
        #expect(imported.encoding == .gb18030)
        #expect(imported.cases.map(\.debtorName) == ["张伟", "李"])
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() {
        let text = Self.header + "\nA-1,张三,,,\"北京市朝阳区,花呗,100,1\nA-2,李四,,,x,花呗,100,1\n"
        let problems = Self.problems(text)
        #expect(problems.map { "\($0.line):\($0.column)" } == ["2:5"])
        #expect(problems.first?.message.contains("never closed") == true)
    }

    @Test func duplicateRefsAreFoundEvenWhenOtherValuesAreBad() {
        let text = Self.header + "\nA-1,张三,,,x,花呗,100,1\nA-1,李四,,,x,花呗,oops,1\n"
        #expect(Self.problems(text).map { "\($0.line):\($0.column)" } == ["3:1", "3:7"])
    }

    @Test func exportedCSVOfRevealedDemoCasesImportsBackEqual() throws {
        let csv = CaseExport.csv(DemoData.cases, reveal: true)
        let imported = try CaseCSVImporter.parse(Data(csv.utf8))
        #expect(imported == DemoData.cases)
    }
}
