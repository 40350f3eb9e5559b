import Foundation
import Testing
@testable import VisitDesk
@testable import VisitDeskApp

/// The summary that `visitdesk summary`, `print` and the desk show lists the visit's obligations
/// from the store, judged on today in the configured time zone.
@Suite(.serialized) struct SummaryObligationsLoadingTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-summary-obligations-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }

    /// A store with a promise of ¥500 due 1 March 2026 (grace ends 4 March); returns the visit id.
    func storeWithAPromise() throws -> (VisitStore, Int64) {
        let store = try VisitStore(path: db)
        let loanCase = try store.insertCases([LoanCase(reference: "HB-1", debtorName: "张伟", phone: "13812345678", idNumber: "",
                                                       address: "北京", product: "花呗", outstanding: Money(yuan: 1_000), daysOverdue: 3)])[0]
        let start = Date(timeIntervalSince1970: 1_767_232_800) // 2026-01-01 10:00 Asia/Shanghai
        let visit = try store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent", visitors: [], location: "", at: start)
        try store.append(.outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 3, day: 1), amount: Money(yuan: 500),
                                                        method: .bankTransfer)), to: visit.id, at: start)
        try store.append(.ended(reason: .completed), to: visit.id, at: start)
        return (store, visit.id)
    }

    @Test func theDayIsTodayInTheConfiguredTimeZone() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let (store, visitID) = try storeWithAPromise()
        // 2026-03-04 20:00 UTC: still 4 March in UTC, already 5 March in Shanghai.
        let now = Date(timeIntervalSince1970: 1_772_654_400)
        var rules = RuleConfig()
        for (zone, state) in [("UTC", "pending"), ("Asia/Shanghai", "broken")] {
            rules.timeZone = TimeZone(identifier: zone)!
            let (summary, _) = try SummaryLoader.summary(store: store, visitID: visitID, playbooks: PlaybookLibrary(), rules: rules,
                                                         reveal: false, now: now)
            #expect(summary.obligations.map(\.id) == ["V\(visitID)-1"])
            let row = SummaryText(summary: summary, language: .en).lines.first { $0.contains("V\(visitID)-1") }
            #expect(row?.hasSuffix("  " + state) == true, "in \(zone) it is \(state): \(row ?? "no row")")
        }
    }

    @Test func theSummaryCommandsJSONCarriesTheObligations() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, visitID) = try storeWithAPromise()
        let out = directory.appendingPathComponent("summary.json").path
        #expect(VisitDeskCommand.run(arguments: ["summary", String(visitID), "--db", db, "--format", "json", "--out", out]) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let obligations = try #require(object["obligations"] as? [[String: Any]])
        #expect(obligations.map { $0["id"] as? String } == ["V\(visitID)-1"])
        #expect(obligations.first?["due"] as? String == "2026-03-01" && obligations.first?["amount"] as? String == "500.00")
        #expect(obligations.first?["paid"] as? String == "0.00")
        #expect(obligations.first?["state"] as? String == "broken", "unpaid, and its grace period ended long before today")
    }
}
