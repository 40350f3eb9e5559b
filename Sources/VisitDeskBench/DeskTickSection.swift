import Foundation
import TUI
import VisitDesk

extension DeskSections {
    /// Ticking an item of an open visit that already has many events, everything included: the
    /// key, the durable write, the visit coming back to the screen and the frame's changed cells.
    /// Each visit belongs to a case of its own, opened from the case list.
    mutating func tickWithWrite(eventCounts: [Int] = [200, 1_000], ticks: Int = 100) throws {
        let store = try VisitStore(path: path)
        var data = SyntheticData(seed: 11)
        let warmUp = 3
        for (index, eventCount) in eventCounts.enumerated() {
            let row = 5 + index
            let loanCase = try store.cases(matching: nil, offset: row, limit: 1)[0]
            // A finished visit with its `ended` replaced by entering the arrival stage: open, with
            // `eventCount` events, on a stage whose items are ticked (the first two stages' first
            // items are record checks, which Space does not tick).
            var script = data.visit(caseID: loanCase.id!, eventCount: eventCount, playbook: try BuiltInPlaybooks.agent,
                                    startingAt: Date().addingTimeInterval(-Double(eventCount + 10) * 7))
            script.steps[script.steps.count - 1].kind = .stageEntered(stageID: "arrival")
            let visitID = try store.importVisits([script])[0]

            let desk = Self.makeDesk(store, backend: MemoryBackend(width: Self.width, height: Self.height))
            try desk.start()
            try desk.press(.character("g"))
            for _ in 0..<row { try desk.press(.character("j")) }
            try desk.press(.enter)
            for _ in 0..<warmUp { try desk.press(.character(" ")) }
            let clock = ContinuousClock()
            var totals: [Duration] = []
            var effects: [Duration] = []
            for _ in 0..<ticks {
                totals.append(try clock.measure { try desk.press(.character(" ")) })
                effects.append(desk.lastEffectDuration)
            }
            let storePart = Timing(samples: effects)

            let stored = try store.visit(id: visitID).events.count
            guard stored == eventCount + warmUp + ticks else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey:
                    "the ticks did not reach visit \(visitID): \(stored) events, expected \(eventCount + warmUp + ticks)"])
            }
            report.add(size: size, "desk: Space tick with its write, visit of \(eventCount) events", Timing(samples: totals),
                       note: "durable write and the visit back on screen included (the store's part: p50 \(Report.format(storePart.p50)) ms, "
                           + "p99 \(Report.format(storePart.p99)) ms); \(stored) events at the end")
        }
    }
}
