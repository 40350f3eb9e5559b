import Foundation
import VisitDesk

/// The case list's searches on a large database, as the desk runs them on each key typed: the
/// first page of rows (with their open-visit mark, outcome and next action) and the capped
/// count. Run alone with `VisitDeskBench --search [SIZE]` (a million cases by default).
struct SearchSection {
    /// The p99 every search must stay within at a million cases.
    static let target = 20.0
    /// The rows the desk asks for at a time (three screens of an 80×24 list).
    static let page = 60

    /// Builds a database of `size` cases (no visits: the list reads cases only) in batches of
    /// 100k, as successive imports would (or reuses one kept in VISITDESK_BENCH_DIR), then
    /// measures each kind of search.
    static func run(size: Int, in directory: URL, report: inout Report) throws {
        let store = try VisitStore(path: directory.appendingPathComponent("search-\(size).sqlite").path)
        // A database kept by an earlier run (VISITDESK_BENCH_DIR) is measured again as it is.
        if try store.statistics().caseCount == size {
            report.note(size: size, "import for search", "\(size) cases kept from an earlier run")
            try measure(store: store, size: size, report: &report)
            return
        }
        var data = SyntheticData(seed: 7)
        let clock = ContinuousClock()
        var done = 0
        let importTime = try clock.measure {
            while done < size {
                let batch = min(100_000, size - done)
                try store.insertCases(data.cases(batch).map { loanCase in
                    var numbered = loanCase
                    numbered.reference = "SY-\(done + Int(loanCase.reference.dropFirst(3))!)"
                    return numbered
                })
                done += batch
            }
        }
        report.note(size: size, "import for search", "\(size) cases in \(Report.format(Timing.milliseconds(importTime) / 1000)) s")
        try measure(store: store, size: size, report: &report)
    }

    /// Every kind of query the search box takes, each timed as first page plus count.
    static func measure(store: VisitStore, size: Int, report: inout Report) throws {
        let sample = try store.caseRows(matching: nil, offset: size / 2, limit: 1)[0].loanCase
        let threeCharacters = try store.caseRows(matching: nil, limit: 200).first { $0.loanCase.debtorName.count == 3 }!.loanCase.debtorName
        var pinyin = Pinyin()
        let name = pinyin.forms(of: sample.debtorName)
        let queries: [(String, String)] = [
            ("1 character", String(sample.debtorName.prefix(1))),
            ("1 character, another", String(threeCharacters.suffix(1))),
            ("1 character, in no case", "龘"),
            ("1 digit", String(sample.phone.suffix(1))),
            ("1 letter", "q"),
            ("2-char name", String(sample.debtorName.prefix(2))),
            ("3-char name", threeCharacters),
            ("4 phone digits", String(sample.phone.suffix(4))),
            ("2-char district (many matches)", "朝阳"),
            ("pinyin full name", name.full),
            ("pinyin initials", name.initials),
            ("pinyin district", "chaoyang"),
            ("reference", sample.reference),
            ("no match", "不存在的"),
        ]
        for order in [CaseOrder.overdueDays, .amount] {
            for (label, query) in queries where order == .overdueDays || label.contains("many") {
                let count = try store.caseCountCapped(matching: query)
                report.add(size: size, "search \(label) \(query) by \(order.rawValue)", try Timing.measure(100) {
                    _ = try store.caseRows(matching: query, order: order, limit: page)
                    _ = try store.caseCountCapped(matching: query)
                }, target: target, note: "\(count.text) matches")
            }
        }
    }
}
