import ArgumentParser
import Foundation
import VisitDesk

/// `VisitDeskBench [SIZE…]`: builds synthetic databases (default 1k, 10k and 100k cases, ten
/// events per visit) in a temporary directory and prints p50/p99 of each section — the CSV
/// import, the store's, then the desk's on the same database — then the whole run as a
/// Markdown table for the README. Build with `-c release`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "VisitDeskBench",
        abstract: "Measure VisitDesk on synthetic databases and print a Markdown table.",
        discussion: "VISITDESK_BENCH_DIR=DIR keeps the databases in DIR to look into afterwards.")

    @Flag(name: .customLong("import"), help: "Only the CSV import.")
    var importOnly = false

    @Flag(name: .customLong("payments"), help: "Only the payments import, one payment per promised case.")
    var paymentsOnly = false

    @Flag(name: .customLong("search"), help: "Only the case list's searches (default size: one million cases).")
    var searchOnly = false

    @Flag(name: .customLong("tick"), help: "Only the desk's Space ticks with their writes, on visits of 200 and 1,000 events.")
    var tickOnly = false

    @Flag(name: .customLong("today"), help: "Only the day's worklist (`today` and the desk's `t`), ten obligations per case (default size: 100k cases).")
    var todayOnly = false

    @Option(name: .customLong("team"), help: ArgumentHelp(
        "Only the team's server: this many cases and ten signed events per case on a private PostgreSQL cluster (the issue's figure: 1000000).",
        valueName: "cases"))
    var teamCases: Int?

    @Flag(name: .customLong("skip-verify"), help: "With --team: leave out `server verify` (minutes at a million cases).")
    var skipVerify = false

    @Option(name: .customLong("desk-memory"), help: ArgumentHelp("Internal: open the desk on PATH and print its resident memory.", valueName: "path"))
    var deskMemory: String?

    @Argument(help: "Database sizes in cases.")
    var sizes: [Int] = []

    func validate() throws {
        if let teamCases, !(TeamSection.agents...10_000_000).contains(teamCases) {
            throw ValidationError("--team takes \(TeamSection.agents) to 10000000 cases, not \(teamCases).")
        }
    }

    func run() throws {
        if let deskMemory {
            try DeskSections.printResidentMemoryAfterFirstFrame(path: deskMemory)
            return
        }
        let keptDirectory = ProcessInfo.processInfo.environment["VISITDESK_BENCH_DIR"].map { URL(fileURLWithPath: $0) }
        let directory = keptDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if keptDirectory == nil { try? FileManager.default.removeItem(at: directory) } }

        var report = Report()
        if let teamCases {
            try TeamSection.run(size: teamCases, verify: !skipVerify, in: directory, report: &report)
            print("")
            print(report.markdown)
            return
        }
        for size in sizes.isEmpty ? (searchOnly ? [1_000_000] : todayOnly ? [100_000] : [1_000, 10_000, 100_000]) : sizes {
            if todayOnly {
                try TodaySection.run(size: size, in: directory, report: &report)
                continue
            }
            if searchOnly {
                try SearchSection.run(size: size, in: directory, report: &report)
                continue
            }
            if !tickOnly && !paymentsOnly { try ImportSection.run(size: size, in: directory, report: &report) }
            if importOnly { continue }
            var sections = try StoreSections.build(size: size, in: directory, report: report)
            if paymentsOnly {
                try PaymentsSection.run(size: size, store: sections.store, in: directory, report: &report)
                continue
            }
            if tickOnly {
                var desk = DeskSections(size: size, path: sections.store.path, report: sections.report)
                try desk.tickWithWrite()
                report = desk.report
                continue
            }
            try sections.append()
            try sections.caseList()
            try sections.search()
            try sections.longVisit()
            try sections.recordPDF()
            var desk = DeskSections(size: size, path: sections.store.path, report: sections.report)
            try desk.firstFrame()
            try desk.keys()
            try desk.tickWithWrite()
            try desk.residentMemory()
            report = desk.report
            try PaymentsSection.run(size: size, store: sections.store, in: directory, report: &report)
        }
        print("")
        print(report.markdown)
    }
}
