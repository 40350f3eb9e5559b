import Foundation
import Testing
@testable import VisitDeskApp

/// The CUPS client programs as the print service finds them, before any printer is involved.
struct PrintServiceTests {
    @Test func withoutLpOrLpstatTheMessageSaysToInstallCUPS() {
        let service = PrintService(environment: ["PATH": "/nonexistent"])
        #expect(throws: PrintError.noCUPSCommands) { try service.printers() }
        #expect(PrintError.noCUPSCommands.message(.zh).contains("请先安装 cups 软件包"))
    }

    @Test func aSchedulerThatDoesNotAnswerIsCUPSNotRunning() {
        let socket = FileManager.default.temporaryDirectory.appendingPathComponent("no-cupsd-\(UUID().uuidString.prefix(8)).sock").path
        let service = PrintService(environment: ["PATH": "/usr/bin:/bin", "CUPS_SERVER": socket, "LANG": "zh_CN.UTF-8"])
        #expect(throws: PrintError.cupsNotRunning) { try service.printers() }
        #expect(throws: PrintError.cupsNotRunning) {
            try service.submit(pdf: Data("%PDF-1.5".utf8), to: nil, copies: 1, media: "A4", title: "t")
        }
    }

    @Test func copiesAreCheckedBeforeCUPSIsAsked() {
        let service = PrintService(environment: ["PATH": "/nonexistent"])
        #expect(throws: PrintError.copiesOutOfRange(given: "0")) {
            try service.submit(pdf: Data(), to: nil, copies: 0, media: "A4", title: "t")
        }
    }
}
