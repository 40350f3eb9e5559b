import Foundation
import Testing
import TestSupport
import VisitDesk
@testable import VisitDeskApp

/// Every message a user reads follows the language: a command's in the locale's (`LANG`), the
/// desk's in the UI language.
@Suite(.serialized) struct MessageLanguageTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-messages-\(UUID().uuidString)")

    private func visitdesk(_ arguments: [String], lang: String) throws -> Subprocess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = lang
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["XDG_CONFIG_HOME"] = directory.appendingPathComponent("config").path
        return try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments, environment: environment)
    }

    @Test func importProblemsAreListedInTheLocalesLanguage() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("bad.csv")
        try Data("ref,name,phone,id_number,address,product,outstanding,days_overdue\nA-1,张三,,,北京,花呗,12x,-1\n".utf8).write(to: csv)
        let db = directory.appendingPathComponent("x.sqlite").path
        let chinese = try visitdesk(["import", csv.path, "--db", db], lang: "zh_CN.UTF-8")
        #expect(chinese.status == 1)
        #expect(chinese.errors.contains("未导入任何案件，文件中有 2 个问题"), "\(chinese.errors)")
        #expect(chinese.errors.contains("第 2 行第 7 列：欠款金额：“12x”不是金额"), "\(chinese.errors)")
        #expect(chinese.errors.contains("第 2 行第 8 列：逾期天数 -1 是负数"), "\(chinese.errors)")
        let english = try visitdesk(["import", csv.path, "--db", db], lang: "en_US.UTF-8")
        #expect(english.errors.contains("nothing imported, 2 problems in the file"), "\(english.errors)")
        #expect(english.errors.contains("line 2, column 8: days_overdue -1 is negative"), "\(english.errors)")
    }

    @Test func importSaysWhichEncodingItReadInTheLocalesLanguage() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let gbk = directory.appendingPathComponent("gbk.csv")
        // 编号,姓名,… header and one case written by Excel's default "CSV" on a Chinese system (GBK).
        let text = "编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数\r\nGB-1,张伟,,,北京市朝阳区,花呗,100,3\r\n"
        let encoding = String.Encoding(rawValue: 0x8000_0632) // kCFStringEncodingGB_18030_2000
        try #require(text.data(using: encoding)).write(to: gbk)
        let chinese = try visitdesk(["import", gbk.path, "--db", directory.appendingPathComponent("zh.sqlite").path], lang: "zh_CN.UTF-8")
        #expect(chinese.status == 0, "\(chinese.errors)")
        #expect(chinese.errors.contains("已导入 1 个案件到"), "\(chinese.errors)")
        #expect(chinese.errors.contains("（按 GB18030（GBK，Excel 在中文系统上的默认“CSV”） 读取，逗号分隔）"), "\(chinese.errors)")

        let unicodeText = directory.appendingPathComponent("unicode.txt")
        let tabbed = text.replacingOccurrences(of: ",", with: "\t")
        try (Data([0xFF, 0xFE]) + Data(tabbed.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })).write(to: unicodeText)
        let english = try visitdesk(["import", unicodeText.path, "--db", directory.appendingPathComponent("en.sqlite").path], lang: "en_US.UTF-8")
        #expect(english.status == 0, "\(english.errors)")
        #expect(english.errors.contains("imported 1 case into"), "\(english.errors)")
        #expect(english.errors.contains("(read as UTF-16 LE with BOM (Excel \"Unicode text\"), tab-separated)"), "\(english.errors)")
    }

    @Test func storeErrorsOfACommandFollowTheLocale() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("missing.sqlite").path
        let chinese = try visitdesk(["cases", "--db", db], lang: "zh_CN.UTF-8")
        #expect(chinese.status == 1)
        #expect(chinese.errors.contains("没有数据库"), "\(chinese.errors)")
        let english = try visitdesk(["cases", "--db", db], lang: "C")
        #expect(english.errors.contains("no database at"), "\(english.errors)")
    }

    @Test func visitDurationsAreInTheTablesLanguage() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("demo.sqlite").path
        #expect(VisitDeskCommand.run(arguments: ["demo", "--db", db]) == 0)
        let chinese = try visitdesk(["visits", "--db", db, "--lang", "zh"], lang: "C")
        #expect(chinese.output.contains("分钟"), "\(chinese.output)")
        #expect(!chinese.output.contains("min"), "\(chinese.output)")
        let english = try visitdesk(["visits", "--db", db, "--lang", "en"], lang: "C")
        #expect(english.output.contains(" min"), "\(english.output)")
        #expect(!english.output.contains("分钟"))
    }

    @Test func aStoreErrorOnTheDeskIsInTheUILanguage() {
        let error = StoreError.visitEnded(visitID: 7)
        #expect(ErrorText.message(for: error, language: .zh) == "上门 7 已结束，只能补充记录和勾选后续跟进阶段的事项")
        #expect(ErrorText.message(for: error, language: .en) == "visit 7 has ended; only addenda and the follow-up stage's items can still be added")
        #expect(ErrorText.message(for: CommandFailure.noSuchCase(reference: "X-1"), language: .zh).hasPrefix("没有案件 X-1"))
    }

    @Test func durationsAreWordedInEachLanguage() {
        #expect(SummaryFormat.duration(0, language: .zh) == "0 秒")
        #expect(SummaryFormat.duration(60, language: .zh) == "1 分钟")
        #expect(SummaryFormat.duration(3_900, language: .zh) == "1 小时 5 分钟")
        #expect(SummaryFormat.duration(3_900, language: .en) == "1 h 05 min")
    }
}
