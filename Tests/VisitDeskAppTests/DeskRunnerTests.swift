import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The runner against a real store and the memory backend: writes land before the screen
/// says so, a refused write says so, and another process's change shows without a key.
final class DeskRunnerTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func makeDesk() throws -> (DeskRunner, MemoryBackend, VisitStore, String) {
        let path = folder.appendingPathComponent("desk.sqlite").path
        let store = try VisitStore(path: path)
        _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
        let backend = MemoryBackend(width: 100, height: 30)
        var rules = RuleConfig()
        rules.timeZone = AppFixture.shanghai
        let desk = DeskRunner(store: store, backend: backend, language: .en, rules: rules, playbooks: PlaybookLibrary(),
                              environment: [:])
        try desk.start()
        return (desk, backend, store, path)
    }

    private func startVisit(_ desk: DeskRunner) throws {
        for key: Key in [.enter, .character("v"), .tab, .tab] { try desk.press(key) }
        for character in "王强/A1023, 刘洋/A1077" { try desk.press(.character(character)) }
        try desk.press(.enter)
    }

    @Test func aTickIsInTheStoreWhenTheScreenShowsIt() throws {
        let (desk, backend, store, _) = try makeDesk()
        try startVisit(desk)
        // The first item is answered by the case's records; the second is ticked.
        try desk.press(.character("j"))
        try desk.press(.character(" "))
        #expect(backend.textLines.joined().contains("[✓]"))
        let visit = try #require(try store.openVisit(caseID: 1))
        #expect(visit.mark(of: "notice.amount-stated") == .done)
    }

    @Test func aRefusedWriteShowsAnErrorAndNoTick() throws {
        let (desk, backend, store, path) = try makeDesk()
        try startVisit(desk)
        // Another process ends the visit behind this desk's back.
        let other = try VisitStore(path: path)
        let visitID = try #require(try store.openVisit(caseID: 1)?.id)
        _ = try other.append(.ended(reason: .aborted), to: visitID, at: Date())
        try desk.press(.character("j"))
        try desk.press(.character(" "))
        let screen = backend.textLines.joined(separator: "\n")
        #expect(screen.contains("Not saved"))
        #expect(!screen.contains("[✓]"))
    }

    @Test func anotherProcesssChangeAppearsOnTheNextTick() throws {
        let (desk, backend, store, path) = try makeDesk()
        try startVisit(desk)
        let visitID = try #require(try store.openVisit(caseID: 1)?.id)
        _ = try VisitStore(path: path).append(.itemMarked(itemID: "notice.reminder-sent", mark: .done), to: visitID, at: Date())
        #expect(!backend.textLines.joined().contains("[✓]"))
        try desk.dispatch(.tick(Date()))
        #expect(backend.textLines.joined().contains("[✓]"))
    }

    @Test func theDraftIsInTheStoreAfterATick() throws {
        let (desk, _, store, _) = try makeDesk()
        try startVisit(desk)
        try desk.press(.character("n"))
        for character in "半句话" { try desk.press(.character(character)) }
        try desk.dispatch(.tick(Date()))
        let visitID = try #require(try store.openVisit(caseID: 1)?.id)
        #expect(try store.draft(visitID: visitID) == "半句话")
    }
}

/// Printing runs off the run loop: the desk answers keys while CUPS is asked.
struct DeskPrintingTests {
    @Test func pWithoutCUPSRunningSaysSoOnTheStatusLineFromTheBackground() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path)
        let caseID = try store.insertCases([AppFixture.cases[0]].map { var loanCase = $0; loanCase.id = nil; return loanCase })[0].id!
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: AppFixture.now)
        let backend = MemoryBackend(width: 120, height: 40)
        let desk = DeskRunner(store: store, backend: backend, language: .en, rules: RuleConfig(), playbooks: PlaybookLibrary(),
                              environment: ["PATH": "/usr/bin:/bin", "CUPS_SERVER": folder.appendingPathComponent("no-cupsd.sock").path])
        try desk.start()
        try AppFixture.run(.loadSummary(visitID: visit.id, language: desk.state.language), on: desk)
        try desk.press(.character("P"))
        #expect(backend.textLines.contains { $0.contains("Looking for printers…") }, "the key is answered at once")
        #expect(try desk.finishBackgroundWork())
        #expect(backend.textLines.contains { $0.contains("The CUPS print service is not running") })
    }
}
