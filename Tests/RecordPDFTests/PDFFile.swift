import Foundation
import TestSupport

/// A rendered PDF on disk, read back with poppler's tools as a reader would see it.
struct PDFFile {
    let path: String

    init(_ data: Data) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("record-\(UUID().uuidString).pdf").path
        try data.write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// `pdfinfo`'s fields (`Pages`, `Page size`, …).
    func info() throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try tool(["pdfinfo", path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The text of each page, as `pdftotext` extracts it.
    func pageTexts() throws -> [String] {
        try tool(["pdftotext", "-layout", path, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    func fonts() throws -> String { try tool(["pdffonts", path]) }

    func tool(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(arguments)
        guard result.status == 0 else { throw PDFToolFailure(tool: arguments[0], errors: result.errors) }
        return result.output
    }
}

struct PDFToolFailure: Error {
    let tool: String
    let errors: String
}
