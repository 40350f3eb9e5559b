import Foundation

/// Prints results as a Markdown table, one row per measurement.
struct Report {
    private var rows: [(size: String, name: String, p50: String, p99: String, note: String)] = []

    mutating func add(size: Int, _ name: String, _ timing: Timing, target: Double? = nil, note: String = "") {
        var remark = note
        if let target {
            remark = (timing.p99 <= target ? "ok" : "OVER") + " (p99 target ≤ \(Report.format(target)) ms)" + (note.isEmpty ? "" : "; " + note)
        }
        rows.append((Report.sizeLabel(size), name, Report.format(timing.p50), Report.format(timing.p99), remark))
        print(String(format: "  %-34@ p50 %8@ ms   p99 %8@ ms   %@", name as NSString, Report.format(timing.p50) as NSString,
                     Report.format(timing.p99) as NSString, remark as NSString))
    }

    mutating func note(size: Int, _ name: String, _ text: String) {
        rows.append((Report.sizeLabel(size), name, "", "", text))
        print("  \(name): \(text)")
    }

    var markdown: String {
        (["| cases | measurement | p50 (ms) | p99 (ms) | note |", "|---|---|---:|---:|---|"]
            + rows.map { "| \($0.size) | \($0.name) | \($0.p50) | \($0.p99) | \($0.note) |" }).joined(separator: "\n")
    }

    static func format(_ milliseconds: Double) -> String {
        milliseconds < 0.1 ? String(format: "%.3f", milliseconds) : milliseconds < 10 ? String(format: "%.2f", milliseconds) : String(format: "%.1f", milliseconds)
    }

    static func sizeLabel(_ size: Int) -> String {
        size >= 1_000 && size % 1_000 == 0 ? "\(size / 1_000)k" : String(size)
    }
}
