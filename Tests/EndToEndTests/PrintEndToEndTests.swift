import Foundation
import TestSupport
import Testing

/// Printing through a real CUPS: a private cupsd with a CUPS-PDF queue, the PDF it writes
/// read back with poppler. Needs root (CUPS-PDF runs only as root), as CI runs.
@Suite(.serialized, .enabled(if: getuid() == 0, "CUPS-PDF prints only when cupsd runs as root"))
struct PrintEndToEndTests {
    /// The demo visit 1: 张伟's case HB-2025-0113, a plan agreed with these figures.
    static let visit = "1"
    static let title = "HB-2025-0113-visit-1"
    static let chineseRecord = ["上门记录", "张伟", "达成还款计划", "¥62,120.70", "¥2,120.70", "¥2,500.00"]

    /// A demo database and a private home, for the built `visitdesk`.
    final class DemoDesk {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-print-\(UUID().uuidString.prefix(8))")
        let binary: String
        var environment: [String: String]

        init(cups: [String: String]) throws {
            binary = try BuiltProducts.path("visitdesk")
            environment = [
                "HOME": root.path, "XDG_DATA_HOME": root.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "VISITDESK_DB": root.appendingPathComponent("data/desk.sqlite").path, "PATH": "/usr/bin:/bin",
            ].merging(cups) { $1 }
            let demo = try run(["demo"])
            guard demo.status == 0 else { throw SetupFailure(description: "demo failed: \(demo.errors)") }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func run(_ arguments: [String]) throws -> Subprocess.Result {
            try Subprocess.run([binary] + arguments, environment: environment)
        }
    }

    func expectChineseRecord(in pdf: URL) throws {
        let reading = try PDFReading(pdf)
        for text in Self.chineseRecord {
            #expect(reading.text.contains(text), "\(text) in the printed PDF as text")
        }
        #expect(reading.allFontsEmbedded, "every font the printed Chinese is drawn with is embedded: \(reading.fonts)")
    }

    @Test func printingAChineseSummarySendsAPDFThatCUPSPrintsWithEveryCharacter() throws {
        let cups = try CupsTestServer(queue: "RecordPDF")
        let desk = try DemoDesk(cups: cups.environment)
        let result = try desk.run(["print", Self.visit, "--lang", "zh", "--copies", "2"])
        #expect(result.status == 0, "\(result.errors)")
        let job = try #require(CupsTestServer.jobNumber(in: result.output), "the job number in: \(result.output)")
        #expect(result.output == "已发送到 RecordPDF，任务 \(job)\n")
        let pdf = try #require(cups.waitForPDF(title: Self.title, job: job), "CUPS-PDF wrote the job")
        try expectChineseRecord(in: pdf)
        #expect(try Subprocess.run(["pdfinfo", pdf.path]).output.contains("(A4)"), "A4 unless asked otherwise")
    }

    @Test func anEnglishRecordOnLetterPaperPrintsToo() throws {
        let cups = try CupsTestServer(queue: "RecordPDF")
        let desk = try DemoDesk(cups: cups.environment)
        let result = try desk.run(["print", Self.visit, "--lang", "en", "--paper", "letter"])
        #expect(result.status == 0, "\(result.errors)")
        let job = try #require(CupsTestServer.jobNumber(in: result.output), "the job number in: \(result.output)")
        #expect(result.output == "sent to RecordPDF as job \(job)\n")
        let pdf = try #require(cups.waitForPDF(title: Self.title, job: job), "CUPS-PDF wrote the job")
        let reading = try PDFReading(pdf)
        for text in ["Home visit record", "张伟", "Plan agreed", "¥62,120.70", "¥2,500.00"] {
            #expect(reading.text.contains(text), "\(text) in the printed PDF as text")
        }
        #expect(reading.allFontsEmbedded, "\(reading.fonts)")
        let info = try Subprocess.run(["pdfinfo", pdf.path])
        #expect(info.output.contains("(letter)"), "CUPS printed on the paper asked for: \(info.output)")
    }

    @Test func pInTheDeskPrintsTheShownSummaryThroughTheDialog() throws {
        let cups = try CupsTestServer(queue: "RecordPDF")
        let fixture = try DemoDesk(cups: cups.environment)
        let desk = try TmuxSession([fixture.binary, "--lang", "zh"], width: 120, height: 40, environment: fixture.environment)
        try desk.waitFor("HB-2025-0113")
        try desk.type("/")
        try desk.type("HB-2025-0113")
        try desk.press("Enter")
        try desk.type("h")
        try desk.waitFor("上门记录 · HB-2025-0113")
        try desk.press("Enter")
        try desk.waitFor("查看（只读）")
        try desk.type("s")
        try desk.waitFor("上门小结")
        try desk.type("P")
        let dialog = try desk.waitFor("打印上门记录")
        #expect(dialog.contains("RecordPDF（默认）"), "the CUPS default is listed first and marked")
        #expect(dialog.contains("Enter 打印") && dialog.contains("Esc 取消"), "the key bar shows the dialog's keys")
        try desk.type("0")
        try desk.press("Enter")
        try desk.waitFor("份数必须在 1–99 之间，不能是 0")
        try desk.press("BSpace")
        try desk.type("1")
        try desk.press("Enter")
        let sent = try desk.waitUntil(timeout: 3 * TestTimeout.seconds, "the job number") { $0.contains("已发送到 RecordPDF，任务 ") }
        let job = try #require(CupsTestServer.jobNumber(in: sent))
        let pdf = try #require(cups.waitForPDF(title: Self.title, job: job), "CUPS-PDF wrote the job")
        try expectChineseRecord(in: pdf)
        try desk.type("q")
        try desk.waitFor("[exited 0]")
    }

    @Test func withoutAPrinterTheMessageSaysHowToAddOne() throws {
        let cups = try CupsTestServer(queue: nil)
        let desk = try DemoDesk(cups: cups.environment)
        let english = try desk.run(["print", Self.visit, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errors.contains("No printer is installed: add one in the system's printer settings, or with lpadmin -p NAME"))
        let chinese = try desk.run(["print", Self.visit, "--lang", "zh"])
        #expect(chinese.status == 1)
        #expect(chinese.errors.contains("没有安装打印机：请在系统的打印机设置中添加，或运行 lpadmin"))
    }

    @Test func withCUPSNotRunningTheMessageSaysSo() throws {
        let desk = try DemoDesk(cups: ["CUPS_SERVER": FileManager.default.temporaryDirectory
            .appendingPathComponent("no-cupsd-\(UUID().uuidString.prefix(8)).sock").path])
        let english = try desk.run(["print", Self.visit, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errors.contains("The CUPS print service is not running (lpstat -r: scheduler is not running)"))
        let chinese = try desk.run(["print", Self.visit, "--lang", "zh"])
        #expect(chinese.status == 1)
        #expect(chinese.errors.contains("打印服务 CUPS 没有运行"))
    }

    @Test func aPrinterThatRefusesTheJobIsNamedWithWhatCUPSSaid() throws {
        let cups = try CupsTestServer(queue: "RecordPDF")
        let unknown = try DemoDesk(cups: cups.environment).run(["print", Self.visit, "--lang", "zh", "--printer", "Upstairs"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("没有名为 Upstairs 的打印机；可用的打印机：RecordPDF"))
        let reject = try Subprocess.run(["cupsreject", "RecordPDF"], environment: ProcessInfo.processInfo.environment.merging(cups.environment) { $1 })
        try #require(reject.status == 0, "\(reject.errors)")
        let desk = try DemoDesk(cups: cups.environment)
        let result = try desk.run(["print", Self.visit, "--lang", "en", "--printer", "RecordPDF"])
        #expect(result.status == 1)
        #expect(result.errors.contains("The printer RecordPDF refused the job: Destination \"RecordPDF\" is not accepting jobs."))
    }
}
