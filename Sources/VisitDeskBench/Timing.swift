/// Percentiles of measured durations, in milliseconds.
struct Timing {
    var samples: [Duration]

    /// Runs `body` `count` times after `warmUp` unmeasured runs.
    static func measure(_ count: Int, warmUp: Int = 3, _ body: () throws -> Void) rethrows -> Timing {
        for _ in 0..<warmUp { try body() }
        let clock = ContinuousClock()
        return Timing(samples: try (0..<count).map { _ in try clock.measure(body) })
    }

    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
        return Timing.milliseconds(sorted[index])
    }

    var p50: Double { percentile(50) }
    var p99: Double { percentile(99) }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
