import Foundation

/// CUPS through its client programs: lists the print queues (`lpstat`) and submits a PDF
/// (`lp`). They run in the C locale so that their replies can be read, and reach whichever
/// scheduler the environment names (`CUPS_SERVER`), the system's by default.
struct PrintService: Sendable {
    /// How many copies one job may ask for.
    static let copies = 1...99

    let environment: [String: String]

    /// The queues, the default first; throws when CUPS is missing, not running or has none.
    func printers() throws(PrintError) -> PrinterList {
        guard try run(["-r"], program: "lpstat").output.contains("scheduler is running") else { throw .cupsNotRunning }
        let queues = try run(["-e"], program: "lpstat").output.split(whereSeparator: \.isNewline).map(String.init)
        guard !queues.isEmpty else { throw .noPrinter }
        let defaultLine = try run(["-d"], program: "lpstat").output
        let prefix = "system default destination: "
        let defaultPrinter = defaultLine.split(whereSeparator: \.isNewline).first { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
        return PrinterList(defaultPrinter: defaultPrinter, queues: queues)
    }

    /// Submits `pdf` as one job of `copies` copies on `media` (`A4`, `Letter`) to `printer`, or
    /// to the default queue (else the first) when nil. The PDF is handed to `lp` as a private
    /// file that is removed as soon as CUPS has it.
    func submit(pdf: Data, to printer: String?, copies: Int, media: String, title: String) throws(PrintError) -> PrintJob {
        guard Self.copies.contains(copies) else { throw .copiesOutOfRange(given: "\(copies)") }
        let list = try printers()
        if let printer, !list.names.contains(printer) { throw .unknownPrinter(name: printer, known: list.names) }
        guard let queue = printer ?? list.names.first else { throw .noPrinter }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("record.pdf").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try PrivateFile.write(pdf, to: file, replacing: false)
        } catch {
            throw .cannotSubmit(reason: "\(error)")
        }
        let reply = try run(["-d", queue, "-n", "\(copies)", "-o", "media=\(media)", "-t", title, "--", file], program: "lp")
        guard reply.status == 0 else {
            let said = (reply.errors + reply.output).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .refused(printer: queue, message: Self.withoutProgramName(said, executable: reply.executable))
        }
        guard let id = Self.jobNumber(in: reply.output, queue: queue) else {
            throw .cannotSubmit(reason: "lp did not name the job: \(reply.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return PrintJob(printer: queue, id: id)
    }

    /// The number in `request id is QUEUE-N (1 file(s))`.
    static func jobNumber(in reply: String, queue: String) -> Int? {
        let marker = "request id is \(queue)-"
        guard let range = reply.range(of: marker) else { return nil }
        return Int(reply[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }

    /// `/usr/bin/lp: Error - The printer or class does not exist.` → `The printer or class does not exist.`
    static func withoutProgramName(_ message: String, executable: String) -> String {
        var text = Substring(message)
        for prefix in ["\(executable): ", "lp: ", "Error - "] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        return String(text)
    }

    private struct Reply {
        var executable: String
        var status: Int32
        var output: String
        var errors: String
    }

    private func run(_ arguments: [String], program: String) throws(PrintError) -> Reply {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        guard let executable = path.split(separator: ":").map({ "\($0)/\(program)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { throw .noCUPSCommands }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = self.environment
        // CUPS translates its replies by the locale; they are read here, so they must be English.
        for key in ["LC_MESSAGES", "LANGUAGE", "CUPS_LOCALE"] { environment.removeValue(forKey: key) }
        environment["LC_ALL"] = "C.UTF-8"
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .cannotSubmit(reason: "\(program) could not be started: \(error.localizedDescription)")
        }
        let said = output.fileHandleForReading.readDataToEndOfFile()
        let complained = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Reply(executable: executable, status: process.terminationStatus, output: String(decoding: said, as: UTF8.self),
                     errors: String(decoding: complained, as: UTF8.self))
    }
}
