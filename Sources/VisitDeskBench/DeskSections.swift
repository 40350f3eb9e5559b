import Foundation
import TUI
import VisitDesk
import VisitDeskApp

/// The desk's benchmark sections: the real desk (state, update, render, diff) drawing into a
/// 120×40 `MemoryBackend` over a database of one size.
struct DeskSections {
    let size: Int
    let path: String
    var report: Report

    static let width = 120, height = 40

    static func makeDesk(_ store: VisitStore, backend: MemoryBackend) -> DeskRunner {
        DeskRunner(store: store, backend: backend, language: .zh, rules: RuleConfig(), playbooks: PlaybookLibrary(), environment: [:])
    }

    /// From opening the database to the first full frame.
    mutating func firstFrame() throws {
        let timing = try Timing.measure(20, warmUp: 2) {
            let desk = Self.makeDesk(try VisitStore(path: path), backend: MemoryBackend(width: Self.width, height: Self.height))
            try desk.start()
        }
        report.add(size: size, "desk: open → first frame 120×40", timing, target: 100)
    }

    /// One key to the next frame's changed cells: moving in the case list, ticking an item
    /// (the durable write and the visit's reload excluded), typing a character in a note.
    mutating func keys() throws {
        let backend = MemoryBackend(width: Self.width, height: Self.height)
        let desk = Self.makeDesk(try VisitStore(path: path), backend: backend)
        try desk.start()
        let move = try Timing.measure(500) { try desk.press(.character("j")) }
        report.add(size: size, "desk: j in the case list", move, target: 2)

        for key: Key in [.character("g"), .enter, .character("v"), .tab] { try desk.press(key) }
        for character in "王强/A1023, 刘洋/A1077" { try desk.press(.character(character)) }
        try desk.press(.enter)
        let clock = ContinuousClock()
        var tickSamples: [Duration] = []
        for _ in 0..<300 {
            let total = try clock.measure { try desk.press(.character(" ")) }
            tickSamples.append(total - desk.lastEffectDuration)
        }
        report.add(size: size, "desk: Space tick (store work excluded)", Timing(samples: tickSamples), target: 2)

        try desk.press(.character("n"))
        let typing = try Timing.measure(500) { try desk.press(.character("记")) }
        report.add(size: size, "desk: a character in a note", typing, target: 2)

        // A paste reaches the desk as one key per character, all waiting at once.
        let paste = Array(repeating: Key.character("款"), count: 10_000)
        var pasteSamples: [Duration] = []
        for _ in 0..<10 {
            try desk.press(.escape)
            try desk.press(.character("n"))
            pasteSamples.append(try clock.measure { try desk.press(paste) })
        }
        report.add(size: size, "desk: paste 10,000 characters into the note line", Timing(samples: pasteSamples), target: 200)
    }

    /// Resident memory after the first frame, measured in a fresh process of this
    /// benchmark (`--desk-memory PATH`), so building the database does not count.
    mutating func residentMemory() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--desk-memory", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let megabytes = (Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) / 1024
        report.note(size: size, "desk: resident memory after first frame",
                    String(format: "%.1f MB", megabytes) + (megabytes <= 80 ? " (ok, target ≤ 80 MB)" : " (OVER, target ≤ 80 MB)"))
    }

    /// The child side of `residentMemory`: prints VmRSS in kB after the first frame.
    static func printResidentMemoryAfterFirstFrame(path: String) throws {
        try makeDesk(try VisitStore(path: path), backend: MemoryBackend(width: width, height: height)).start()
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        print(line.split(separator: " ").dropFirst().first ?? "0")
    }
}
