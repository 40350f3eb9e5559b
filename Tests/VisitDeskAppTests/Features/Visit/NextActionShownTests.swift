import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The case details show the case's next action in effect, as the runner reads it from a real
/// store with the case's records: set by an outcome or by hand, the later winning, marked
/// when its day has passed.
final class NextActionShownTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("next-action-\(UUID().uuidString)")
    private let store: VisitStore
    private let visitAt = AppFixture.now.addingTimeInterval(-10 * 86_400)

    init() throws {
        store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path)
        _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A visit of case 1 ten days ago that ended with `outcome`.
    private func visit(ending outcome: Outcome) throws {
        let visit = try store.startVisit(caseID: 1, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: visitAt)
        _ = try store.append(.outcomeRecorded(outcome), to: visit.id, at: visitAt)
        _ = try store.append(.ended(reason: .completed), to: visit.id, at: visitAt)
    }

    /// The desk at 120×40 with case 1 opened, as `language` shows it.
    private func caseShown(_ language: Language = .en) throws -> String {
        let backend = MemoryBackend(width: 120, height: 40)
        var rules = RuleConfig()
        rules.timeZone = AppFixture.shanghai
        let desk = DeskRunner(store: store, backend: backend, language: language, rules: rules, playbooks: PlaybookLibrary(),
                              environment: [:], env: AppFixture.env, now: AppFixture.now)
        try desk.start()
        try AppFixture.run(.openCase(id: 1), on: desk)
        return backend.textLines.joined(separator: "\n")
    }

    @Test func aPromiseShowsCheckPaymentOnThePromiseDay() throws {
        try visit(ending: .promiseToPay(date: CalendarDay(year: 2026, month: 11, day: 25), amount: Money(fen: 50_000), method: .bankTransfer))
        let screen = try caseShown()
        #expect(screen.contains("Next action 2026-11-25 check payment"), "\(screen)")
        #expect(!screen.contains("days overdue"))
        #expect(try caseShown(.zh).contains("下一步 2026-11-25 核对还款"))
    }

    @Test func aRescheduledVisitShowsAVisitOnTheNewDay() throws {
        try visit(ending: .rescheduled(date: CalendarDay(year: 2026, month: 11, day: 27), note: "家中无人"))
        let screen = try caseShown()
        #expect(screen.contains("Next action 2026-11-27 visit"), "\(screen)")
    }

    @Test func aLaterHandSettingWinsWithItsNote() throws {
        try visit(ending: .promiseToPay(date: CalendarDay(year: 2026, month: 11, day: 25), amount: Money(fen: 50_000), method: .bankTransfer))
        try store.record(.nextActionSet(NextAction(day: CalendarDay(year: 2026, month: 11, day: 23), kind: .call, note: "提醒还款日")),
                         caseID: 1, at: visitAt.addingTimeInterval(3_600))
        let screen = try caseShown()
        #expect(screen.contains("Next action 2026-11-23 call"), "\(screen)")
        #expect(screen.contains("提醒还款日"))
        #expect(!screen.contains("check payment"))
    }

    @Test func aPassedDayIsMarkedOverdue() throws {
        try visit(ending: .rescheduled(date: CalendarDay(year: 2026, month: 11, day: 17), note: ""))
        #expect(try caseShown().contains("Next action 2026-11-17 visit (3 days overdue)"))
        #expect(try caseShown(.zh).contains("下一步 2026-11-17 上门（逾期 3 天）"))
    }
}
