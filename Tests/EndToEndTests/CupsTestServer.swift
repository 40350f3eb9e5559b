import Foundation
import TestSupport

/// A private CUPS scheduler (scripts/cups-test-server) for one test: its own configuration,
/// spool and socket in a temporary folder, and, when asked, a CUPS-PDF queue writing into
/// `output`. Stopped, and its folder removed, when the value goes away.
final class CupsTestServer {
    let directory: URL
    /// What clients need to reach it: `CUPS_SERVER`.
    let environment: [String: String]
    /// Where the CUPS-PDF queue writes the PDFs it prints.
    let output: URL

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/cups-test-server").path
    }

    /// Starts the scheduler; with `queue`, adds a CUPS-PDF queue of that name as the default.
    init(queue: String?) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-cups-\(UUID().uuidString.prefix(8))")
        output = directory.appendingPathComponent("out")
        environment = ["CUPS_SERVER": directory.appendingPathComponent("cups.sock").path]
        let result = try Subprocess.run(["bash", Self.script, "start", directory.path] + (queue.map { [$0] } ?? []))
        guard result.status == 0 else {
            _ = try? Subprocess.run(["bash", Self.script, "stop", directory.path])
            throw SetupFailure(description: "cups-test-server did not start: \(result.errors)")
        }
    }

    deinit {
        _ = try? Subprocess.run(["bash", Self.script, "stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Polls until CUPS-PDF has written the PDF of job `job` titled `title` and it is complete;
    /// its path, or nil after `seconds`. CUPS-PDF names the file `TITLE-job_N.pdf`, and may add
    /// characters after a short title, so the file is found by title and job number.
    func waitForPDF(title: String, job: Int, seconds: Double = TestTimeout.command) -> URL? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
            if let name = names.first(where: { $0.hasPrefix(title) && $0.hasSuffix("-job_\(job).pdf") }) {
                let file = output.appendingPathComponent(name)
                // CUPS-PDF writes the file in place: it is whole once it ends with the PDF trailer.
                if let data = try? Data(contentsOf: file), data.suffix(32).range(of: Data("%%EOF".utf8)) != nil {
                    return file
                }
            }
            usleep(50_000)
        }
        return nil
    }

    /// The job number in "sent to PRINTER as job N" or "已发送到 PRINTER，任务 N".
    static func jobNumber(in text: String) -> Int? {
        for marker in [" as job ", "，任务 "] {
            if let range = text.range(of: marker) {
                return Int(text[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
            }
        }
        return nil
    }
}

/// What poppler reads from a PDF: its text (`pdftotext`) and its fonts (`pdffonts`).
struct PDFReading {
    let text: String
    /// The rows of `pdffonts` below its header.
    let fonts: [String]

    init(_ file: URL) throws {
        let text = try Subprocess.run(["pdftotext", file.path, "-"])
        let fonts = try Subprocess.run(["pdffonts", file.path])
        guard text.status == 0, fonts.status == 0 else {
            throw SetupFailure(description: "poppler cannot read \(file.path): \(text.errors) \(fonts.errors)")
        }
        self.text = text.output
        self.fonts = Array(fonts.output.split(separator: "\n").dropFirst(2).map(String.init))
    }

    /// Every font is embedded (pdffonts' `emb` column), and there is at least one.
    var allFontsEmbedded: Bool {
        !fonts.isEmpty && fonts.allSatisfy { row in
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            return columns.count >= 7 && columns[columns.count - 5] == "yes"
        }
    }
}
