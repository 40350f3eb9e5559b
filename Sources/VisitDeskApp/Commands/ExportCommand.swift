import ArgumentParser
import VisitDesk

/// What `visitdesk export` writes.
enum ExportSubject: String, ExpressibleByArgument, CaseIterable {
    case cases, visits, events
}

/// `visitdesk export`: cases, visits or every event, as JSON or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export cases, visits or all events as JSON or CSV (personal data masked unless --reveal).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "cases, visits or events.")
    var subject: ExportSubject = .cases

    @Option(help: "json or csv.")
    var format: ExportFormat = .json

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of stdout; never the database.", valueName: "file"))
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    @Flag(help: "Export phone and ID numbers in full, logged in each case's access log (a CSV of cases then imports back unchanged).")
    var reveal = false

    func run() throws {
        let file = out.map { OutputFile(path: $0, replacing: force, databasePath: database.path) }
        try file?.check()
        let store = try database.openExisting()
        let text: String
        switch subject {
        case .cases:
            let cases = try store.cases(matching: nil, offset: 0, limit: Int.max)
            if reveal { try CommandReveal.record(cases, in: store) }
            text = format == .json ? CaseExport.json(cases, reveal: reveal) : CaseExport.csv(cases, reveal: reveal)
        case .visits:
            let visits = try store.visits(limit: Int.max).reversed().map { $0 }
            text = format == .json ? VisitExport.json(visits) : VisitExport.csv(visits)
        case .events:
            var events: [VisitEvent] = []
            for visit in try store.visits(limit: Int.max).reversed() {
                events += try store.events(visitID: visit.id)
            }
            text = format == .json ? EventExport.json(events) : EventExport.csv(events)
        }
        try CommandOutput.write(text, to: file)
        if let out { CommandOutput.error("wrote \(subject.rawValue) to \(out)") }
    }
}
