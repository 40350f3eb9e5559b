import Foundation
import Testing
import TestSupport
@testable import VisitDeskApp

/// `visitdesk summary VISIT --format pdf --out FILE`: the record of a stored visit as a PDF
/// that poppler reads back, written like every other output file (whole, 0600, never over
/// a file without --force).
@Suite(.serialized) struct SummaryPDFCommandTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-pdf-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }

    func run(_ arguments: String...) -> Int32 { VisitDeskCommand.run(arguments: arguments) }

    func poppler(_ arguments: String...) throws -> String {
        let result = try Subprocess.run(arguments)
        #expect(result.status == 0, "\(arguments[0]): \(result.errors)")
        return result.output
    }

    @Test func demoVisitPrintsAsAChinesePDFRecord() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let out = directory.appendingPathComponent("visit-1.pdf").path
        #expect(run("summary", "1", "--db", db, "--format", "pdf", "--out", out, "--lang", "zh") == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: Array("%PDF-".utf8)))
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        let text = try poppler("pdftotext", "-layout", out, "-")
        for expected in ["上门记录", "张伟", "达成还款计划", "¥62,120.70", "¥2,500.00", "HB-2025-0113", "履约情况", "V1-1"] {
            #expect(text.contains(expected), "\(expected) not found")
        }
        #expect(try poppler("pdfinfo", out).contains("595.276 x 841.89 pts"))
        #expect(try poppler("pdffonts", out).contains("NotoSansCJK"))
    }

    @Test func letterPaperOnRequest() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let out = directory.appendingPathComponent("visit-2.pdf").path
        #expect(run("summary", "2", "--db", db, "--format", "pdf", "--out", out, "--paper", "letter", "--lang", "en") == 0)
        let info = try poppler("pdfinfo", out)
        #expect(info.contains("612 x 792 pts"))
        #expect(try poppler("pdftotext", out, "-").contains("Home visit record"))
    }

    @Test func pdfNeedsAFileAndNeverReplacesOneUnasked() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        #expect(run("summary", "1", "--db", db, "--format", "pdf") != 0)
        #expect(run("summary", "1", "--db", db, "--paper", "letter") != 0)
        let out = directory.appendingPathComponent("mine.pdf").path
        try Data("the user's own file".utf8).write(to: URL(fileURLWithPath: out))
        #expect(run("summary", "1", "--db", db, "--format", "pdf", "--out", out) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "the user's own file")
        #expect(run("summary", "1", "--db", db, "--format", "pdf", "--out", out, "--force") == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: Array("%PDF-".utf8)))
    }
}

/// On a machine whose fontconfig has no Chinese font, the PDF would print every character
/// as an empty box: the command refuses and says what to install.
@Suite struct SummaryPDFWithoutChineseFontTests {
    @Test func pdfIsRefusedAndTheFontToInstallNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-nofont-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("fonts.conf")
        try Data("""
            <?xml version="1.0"?>
            <fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>\(directory.path)/cache</cachedir></fontconfig>
            """.utf8).write(to: config)
        let db = directory.appendingPathComponent("x.sqlite").path
        let out = directory.appendingPathComponent("visit.pdf").path
        let binary = try BuiltProducts.path("visitdesk")
        var environment = ProcessInfo.processInfo.environment
        environment["FONTCONFIG_FILE"] = config.path
        #expect(try Subprocess.run([binary, "demo", "--db", db], environment: environment).status == 0)
        let result = try Subprocess.run([binary, "summary", "1", "--db", db, "--format", "pdf", "--out", out, "--lang", "zh"], environment: environment)
        #expect(result.status != 0)
        #expect(result.errors.contains("fonts-noto-cjk"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
