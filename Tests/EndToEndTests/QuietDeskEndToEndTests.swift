import Foundation
import TestSupport
import Testing

/// An idle desk sleeps: it wakes about once a second, yet another program's change is on
/// screen within about a second.
@Suite(.serialized)
struct QuietDeskEndToEndTests {
    @Test func aCaseImportedByAnotherProcessShowsWithinAboutASecond() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        try desk.waitFor("Cases (3)")
        let csv = fixture.root.appendingPathComponent("more.csv")
        try Data("""
        编号,姓名,电话,身份证号,地址,产品,欠款金额,逾期天数
        JB-2026-0104,孙丽,13600136004,110101199003074514,北京市海淀区中关村大街1号,借呗,1200,30

        """.utf8).write(to: csv)
        try fixture.run(["import", csv.path])
        let imported = ContinuousClock.now
        let screen = try desk.waitFor("Cases (4)")
        let took = ContinuousClock.now - imported
        #expect(took < .seconds(2), "the imported case showed after \(took)")
        #expect(screen.contains("JB-2026-0104"))
    }

    @Test func anIdleDeskWakesAboutOnceASecond() throws {
        guard (try? Subprocess.run(["sh", "-c", "command -v strace"]).status) == 0 else {
            try Test.cancel("strace is not installed (scripts/ensure-system-packages installs it)")
        }
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk()
        let program = try desk.programID()
        // Let the first page load and the first tick pass.
        Thread.sleep(forTimeInterval: 1.5)
        let seconds = 6
        let report = fixture.root.appendingPathComponent("strace.txt").path
        let traced = try Subprocess.run(["timeout", "-s", "INT", "\(seconds)", "strace", "-c", "-f", "-q", "-o", report, "-p", "\(program)"])
        if traced.status != 0 && traced.status != 124 {
            if traced.errors.contains("Operation not permitted") {
                try Test.cancel("ptrace is not permitted here, so wakeups cannot be counted: \(traced.errors)")
            }
            Issue.record("strace failed (\(traced.status)): \(traced.errors)")
            return
        }
        let summary = try String(contentsOfFile: report, encoding: .utf8)
        let wakeups = Self.waits(inStraceSummary: summary)
        #expect(wakeups >= 1, "the desk still ticks:\n\(summary)")
        #expect(wakeups <= seconds + 2, "\(wakeups) wakeups in \(seconds) s:\n\(summary)")
        #expect(!summary.contains("rt_sigaction"), "no signal handling per wakeup:\n\(summary)")
    }

    /// The calls a sleeping program returns from when it wakes, summed from `strace -c`'s
    /// table (`% time  seconds  usecs/call  calls  [errors]  syscall`).
    static func waits(inStraceSummary summary: String) -> Int {
        let waiting: Set<String> = ["poll", "ppoll", "epoll_wait", "epoll_pwait", "select", "pselect6", "futex",
                                    "nanosleep", "clock_nanosleep", "restart_syscall"]
        return summary.split(separator: "\n").reduce(0) { total, line in
            let fields = line.split(separator: " ")
            guard fields.count >= 5, let call = fields.last, waiting.contains(String(call)), let calls = Int(fields[3]) else { return total }
            return total + calls
        }
    }
}
