import Foundation
import VisitDesk

/// Sends text to the printer with `lp`, or says plainly that there is none.
struct Printer {
    let environment: [String: String]

    func print(_ text: String, language: Language) -> Action {
        guard let lp = Self.find("lp", in: environment["PATH"] ?? "/usr/bin:/bin") else {
            return .failed(UIText.noPrinter[language])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let reply = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            process.waitUntilExit()
            return process.terminationStatus == 0
                ? .info(UIText.printed[language] + reply)
                : .failed(UIText.printFailed[language] + reply)
        } catch {
            return .failed(UIText.printFailed[language] + "\(error)")
        }
    }

    static func find(_ program: String, in path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
