import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The team sync runs on a thread of its own: the desk answers keys while it runs, and shows
/// what it recorded once it finishes.
final class BackgroundSyncTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-sync-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// What the job saw, shared with the thread it runs on.
    private final class JobLog: @unchecked Sendable {
        let lock = NSLock()
        let release = DispatchSemaphore(value: 0)
        var threads: [pthread_t] = []
        var runs: Int { lock.withLock { threads.count } }
    }

    private func makeDesk(job: @escaping @Sendable (VisitStore) -> Void) throws -> (DeskRunner, MemoryBackend, VisitStore) {
        let store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path)
        _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
        let backend = MemoryBackend(width: 80, height: 24)
        var rules = RuleConfig()
        rules.timeZone = AppFixture.shanghai
        let desk = DeskRunner(store: store, backend: backend, language: .zh, rules: rules, playbooks: PlaybookLibrary(),
                              environment: [:], env: .live, now: Date(), sync: BackgroundSync { job(store) })
        try desk.start()
        return (desk, backend, store)
    }

    @Test func theSyncRunsOffTheDeskAndItsResultShowsWhenItFinishes() throws {
        let log = JobLog()
        let (desk, backend, _) = try makeDesk { store in
            log.lock.withLock { log.threads.append(pthread_self()) }
            log.release.wait()
            try? store.recordSyncAttempt(at: Date(), error: "cannot reach the server")
        }
        let deskThread = pthread_self()
        try desk.dispatch(.tick(Date()))
        #expect(backend.textLines[0].hasSuffix("─ 同步中… ┐"), "\(backend.textLines[0])")
        // The job is waiting for the network; keys are still answered.
        try desk.press(.character("j"))
        #expect(desk.state.caseList.list.selected == 1, "the key moved the selection while the sync ran")
        try desk.dispatch(.tick(Date()))
        log.release.signal()
        #expect(try desk.finishBackgroundWork(timeout: .seconds(10)))
        #expect(log.runs == 1, "one sync at a time")
        #expect(log.lock.withLock { log.threads.allSatisfy { pthread_equal($0, deskThread) == 0 } }, "not on the desk's thread")
        #expect(backend.textLines[0].hasSuffix("─ 离线 ┐"), "\(backend.textLines[0])")
    }

    /// A visit that ends is synced at the next tick, without waiting for the minute.
    @Test func aVisitThatEndsIsSyncedAtTheNextTick() throws {
        let log = JobLog()
        let (desk, backend, store) = try makeDesk { store in
            log.lock.withLock { log.threads.append(pthread_self()) }
            try? store.recordSyncAttempt(at: Date(), error: nil)
        }
        try desk.dispatch(.tick(Date()))
        #expect(try desk.finishBackgroundWork(timeout: .seconds(10)))
        #expect(backend.textLines[0].hasSuffix("─ 已同步 · 刚刚 ┐"), "\(backend.textLines[0])")
        let visit = try store.startVisit(caseID: 1, role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")],
                                         location: "客厅", at: Date())
        try AppFixture.run(.openCase(id: 1), on: desk)
        try desk.dispatch(.tick(Date()))
        #expect(log.runs == 1, "not due yet")
        try AppFixture.run(.write(StoreWrite(visitID: visit.id, kind: .ended(reason: .aborted), known: visit)), on: desk)
        try desk.dispatch(.tick(Date()))
        #expect(try desk.finishBackgroundWork(timeout: .seconds(10)))
        #expect(log.runs == 2)
    }
}
