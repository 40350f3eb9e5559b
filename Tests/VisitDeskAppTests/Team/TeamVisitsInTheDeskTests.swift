import Foundation
import GRDB
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// Other devices' visits, conflicts and withdrawn cases as the desk shows them.
final class TeamVisitsInTheDeskTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("team-desk-\(UUID().uuidString)")
    private var path: String { folder.appendingPathComponent("desk.sqlite").path }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func makeDesk() throws -> (DeskRunner, MemoryBackend, VisitStore) {
        let store = try VisitStore(path: path)
        _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
        let backend = MemoryBackend(width: 120, height: 40)
        var rules = RuleConfig()
        rules.timeZone = AppFixture.shanghai
        let desk = DeskRunner(store: store, backend: backend, language: .en, rules: rules, playbooks: PlaybookLibrary(), environment: [:])
        try desk.start()
        return (desk, backend, store)
    }

    private func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try DatabaseQueue(path: path).write { try $0.execute(sql: sql, arguments: arguments) }
    }

    /// Makes visit `id` another device's, recorded by 王磊.
    private func makeRemote(_ id: Int64, device: String = "b7e3c0de-0000-4000-8000-000000000001") throws {
        try execute("UPDATE visit SET remote = 1, device = ? WHERE id = ?", [device, id])
        try execute("UPDATE visitEvent SET operatorName = '王磊/WF-0312', device = ? WHERE visitID = ?", [device, id])
    }

    @Test func anotherDevicesVisitIsMarkedAndReadOnly() throws {
        let (desk, backend, store) = try makeDesk()
        let visit = try store.startVisit(caseID: 1, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: AppFixture.now)
        _ = try store.append(.ended(reason: .completed), to: visit.id, at: AppFixture.now.addingTimeInterval(600))
        try makeRemote(visit.id)
        try desk.press(.character("H"))
        try AppFixture.run(.loadHistory(caseID: nil, query: ""), on: desk)
        #expect(backend.textLines.contains { $0.contains("HB-2025-0113") && $0.contains("⇄王磊") }, "\(backend.textLines)")
        // A write that reaches it anyway is refused, and the desk says why.
        let ended = try store.visit(id: visit.id)
        try AppFixture.run(.write(StoreWrite(visitID: visit.id, kind: .addendumAdded(noteID: "a1", text: "补记"), known: ended)), on: desk)
        #expect(backend.textLines.contains { $0.contains("recorded by another device") }, "\(backend.textLines.suffix(3))")
        #expect(try store.visit(id: visit.id).notes.isEmpty)
    }

    @Test func visitsOfOneCaseFromTwoDevicesOnOneDayAreFlagged() throws {
        let (desk, backend, store) = try makeDesk()
        let mine = try store.startVisit(caseID: 1, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                        location: "客厅", at: AppFixture.now.addingTimeInterval(-7_200))
        _ = try store.append(.ended(reason: .completed), to: mine.id, at: AppFixture.now.addingTimeInterval(-6_000))
        try execute("UPDATE visit SET device = 'a1a1a1a1-0000-4000-8000-000000000002' WHERE id = ?", [mine.id])
        let theirs = try store.startVisit(caseID: 1, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王磊", badge: "WF-0312")],
                                          location: "门口", at: AppFixture.now)
        _ = try store.append(.ended(reason: .noContact), to: theirs.id, at: AppFixture.now.addingTimeInterval(300))
        try makeRemote(theirs.id)
        let conflicts = try store.conflicts(timeZone: AppFixture.shanghai)
        #expect(conflicts.map { $0.visits.compactMap(\.id) } == [[mine.id, theirs.id]])
        #expect(conflicts.first?.day == CalendarDay(AppFixture.now, in: AppFixture.shanghai))

        try AppFixture.run(.openCase(id: 1), on: desk)
        #expect(backend.textLines.contains { $0.contains("Visited from another device on the same day: 2026-11-20") }, "\(backend.textLines)")
        try desk.press(.character("H"))
        try AppFixture.run(.loadHistory(caseID: nil, query: ""), on: desk)
        #expect(backend.textLines.filter { $0.contains("⚠conflict") }.count == 2)
    }

    @Test func aWithdrawnCaseSaysSoAndStartsNoVisit() throws {
        let (desk, backend, store) = try makeDesk()
        try execute("UPDATE loanCase SET withdrawnAt = ? WHERE id = 1", [AppFixture.now])
        try AppFixture.run(.loadCases(query: "", order: .overdueDays, offset: 0, limit: 30, counting: true), on: desk)
        try AppFixture.run(.openCase(id: 1), on: desk)
        #expect(backend.textLines.contains { $0.contains("reassigned away (personal data removed)") })
        try desk.press(.character("v"))
        #expect(desk.state.dialogs.isEmpty, "no start-visit form")
        #expect(backend.textLines.contains { $0.contains("This case was reassigned away") })
        #expect(try store.openVisit(caseID: 1) == nil)
    }
}
