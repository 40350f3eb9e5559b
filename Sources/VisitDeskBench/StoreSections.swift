import Foundation
import VisitDesk

/// The store's benchmark sections, each a function over a database of one size.
struct StoreSections {
    let size: Int
    let store: VisitStore
    let directory: URL
    var report: Report
    var data = SyntheticData(seed: 42)

    /// Builds a database of `size` cases, each with one finished visit of ten events, plus one
    /// visit of a thousand events.
    static func build(size: Int, in directory: URL, report: Report) throws -> StoreSections {
        let path = directory.appendingPathComponent("bench-\(size).sqlite").path
        let clock = ContinuousClock()
        var sections = StoreSections(size: size, store: try VisitStore(path: path), directory: directory, report: report)
        var cases: [LoanCase] = []
        let caseTime = try clock.measure { cases = try sections.store.insertCases(sections.data.cases(size)) }
        let playbook = try BuiltInPlaybooks.agent
        var scripts: [VisitScript] = []
        for (index, loanCase) in cases.enumerated() {
            scripts.append(sections.data.visit(caseID: loanCase.id!, eventCount: 10, playbook: playbook,
                                               startingAt: SyntheticData.start.addingTimeInterval(Double(index) * 60)))
        }
        let visitTime = try clock.measure { try sections.store.importVisits(scripts) }
        let statistics = try sections.store.statistics()
        print("\(Report.sizeLabel(size)) cases: \(statistics.caseCount) cases in \(Report.format(Timing.milliseconds(caseTime) / 1000)) s, "
              + "\(statistics.visitCount) visits / \(statistics.eventCount) events in \(Report.format(Timing.milliseconds(visitTime) / 1000)) s")
        return sections
    }

    /// Appending one event durably to an open visit, and the plain insert it is compared with.
    mutating func append() throws {
        let loanCase = try store.cases(matching: nil, offset: 0, limit: 1)[0]
        let visit = try store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent",
                                         visitors: [Visitor(name: "王磊", badge: "A-001")], location: "家中", at: Date())
        let probe = try DurabilityProbe(path: directory.appendingPathComponent("probe-\(size).sqlite").path)
        let clock = ContinuousClock()
        var appendSamples: [Duration] = []
        var plainSamples: [Duration] = []
        // Alternating the two keeps the comparison fair on a disk whose fsync time drifts.
        for counter in 0..<303 {
            let appendTime = try clock.measure {
                try store.append(.noteAdded(noteID: "b\(counter)", text: "债务人称本月工资延迟发放，愿意先还一部分。"), to: visit.id, at: Date())
            }
            let plainTime = try clock.measure { try probe.insert() }
            if counter >= 3 {
                appendSamples.append(appendTime)
                plainSamples.append(plainTime)
            }
        }
        try store.append(.ended(reason: .completed), to: visit.id, at: Date())
        let append = Timing(samples: appendSamples)
        let plain = Timing(samples: plainSamples)
        report.add(size: size, "plain SQLite insert (baseline)", plain)
        report.add(size: size, "append one event (durable)", append, target: 2,
                   note: String(format: "%.2f× plain at p50, %.2f× at p99 (target ≤ 3×)", append.p50 / plain.p50, append.p99 / plain.p99))
    }

    /// The first and the next page of the case list, most days overdue first, as the desk
    /// loads them (an offset window of 50).
    mutating func caseList() throws {
        report.add(size: size, "first page (50) of case list", try Timing.measure(200) {
            _ = try store.cases(matching: nil, offset: 0, limit: 50)
        }, target: 5)
        report.add(size: size, "next page (offset 50) of case list", try Timing.measure(200) {
            _ = try store.cases(matching: nil, offset: 50, limit: 50)
        }, target: 5)
        report.add(size: size, "case count", try Timing.measure(200) { _ = try store.caseCount(matching: nil) })
    }

    /// Searches as a user types them: first page of results plus the match count.
    mutating func search() throws {
        let sample = try store.cases(matching: nil, offset: size / 2, limit: 1)[0]
        let twoCharacters = String(sample.debtorName.prefix(2))
        let threeCharacters = try store.cases(matching: nil, offset: 0, limit: 200).first { $0.debtorName.count == 3 }!.debtorName
        let digits = String(sample.phone.suffix(4))
        for (label, query, target) in [("search 2-char name", twoCharacters, 20.0), ("search 3-char name", threeCharacters, 20),
                                       ("search 4 phone digits", digits, 20), ("search 2-char district (many matches)", "朝阳", nil)] {
            let matches = try store.caseCount(matching: query)
            report.add(size: size, "\(label) \(query)", try Timing.measure(200) {
                _ = try store.cases(matching: query, offset: 0, limit: 50)
                _ = try store.caseCount(matching: query)
            }, target: target, note: "\(matches) matches")
        }
    }

    /// Loading, folding and summarising a visit of a thousand events.
    mutating func longVisit() throws {
        let loanCase = try store.cases(matching: nil, offset: 1, limit: 1)[0]
        let playbook = try BuiltInPlaybooks.agent
        let id = try store.importVisits([data.visit(caseID: loanCase.id!, eventCount: 1_000, playbook: playbook, startingAt: SyntheticData.start)])[0]
        var events: [VisitEvent] = []
        report.add(size: size, "load 1,000 events", try Timing.measure(50) { events = try store.events(visitID: id) })
        var state: VisitState?
        report.add(size: size, "fold 1,000 events", try Timing.measure(200) { state = try VisitState.fold(events, caseID: loanCase.id!) }, target: 5)
        let rules = RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        report.add(size: size, "summary of it (rules + Markdown)", Timing.measure(200) {
            _ = VisitSummary.make(visit: state!, loanCase: loanCase, playbook: playbook, rules: rules, now: Date()).markdown(language: .zh)
        })
    }
}
