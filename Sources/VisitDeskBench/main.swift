import Foundation
import VisitDesk

// VisitDeskBench [SIZE…]: builds synthetic databases (default 1k, 10k and 100k cases, ten
// events per visit) in a temporary directory and prints p50/p99 of each section — the CSV
// import, the store's, then the desk's on the same database — then the whole
// run as a Markdown table for the README. `VisitDeskBench --import [SIZE…]` runs only the
// import, `VisitDeskBench --search [SIZE…]` only the case list's searches (default 1M cases).
// Build with `-c release`.

if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--desk-memory" {
    try DeskSections.printResidentMemoryAfterFirstFrame(path: CommandLine.arguments[2])
    exit(0)
}

let importOnly = CommandLine.arguments.dropFirst().first == "--import"
let searchOnly = CommandLine.arguments.dropFirst().first == "--search"
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
// VISITDESK_BENCH_DIR keeps the databases there, to look into them afterwards.
let keptDirectory = ProcessInfo.processInfo.environment["VISITDESK_BENCH_DIR"].map { URL(fileURLWithPath: $0) }
let directory = keptDirectory
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { if keptDirectory == nil { try? FileManager.default.removeItem(at: directory) } }

var report = Report()
do {
    for size in sizes.isEmpty ? (searchOnly ? [1_000_000] : [1_000, 10_000, 100_000]) : sizes {
        if searchOnly {
            try SearchSection.run(size: size, in: directory, report: &report)
            continue
        }
        try ImportSection.run(size: size, in: directory, report: &report)
        if importOnly { continue }
        var sections = try StoreSections.build(size: size, in: directory, report: report)
        try sections.append()
        try sections.caseList()
        try sections.search()
        try sections.longVisit()
        try sections.recordPDF()
        var desk = DeskSections(size: size, path: sections.store.path, report: sections.report)
        try desk.firstFrame()
        try desk.keys()
        try desk.residentMemory()
        report = desk.report
    }
} catch {
    FileHandle.standardError.write(Data("VisitDeskBench: \(error)\n".utf8))
    exit(1)
}
print("")
print(report.markdown)
