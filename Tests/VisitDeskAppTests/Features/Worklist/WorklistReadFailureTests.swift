import Foundation
import GRDB
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// A worklist or day report the store cannot read says why in place of "Loading…", through the
/// runner and a real (damaged) store; `]` asks again.
final class WorklistReadFailureTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-failure-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test func aDamagedStoreIsSaidOnTheScreenAndAnotherDayIsReadAgain() throws {
        let path = folder.appendingPathComponent("desk.sqlite").path
        let store = try VisitStore(path: path)
        _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
        let backend = MemoryBackend(width: 80, height: 24)
        let desk = DeskRunner(store: store, backend: backend, language: .en, rules: RuleConfig(), playbooks: PlaybookLibrary(),
                              environment: [:], env: AppFixture.env, now: AppFixture.now)
        try desk.start()
        // Another program removes a table the worklist reads.
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DROP TABLE appointment") }
        try desk.press(.character("t"))
        var screen = backend.textLines.joined(separator: "\n")
        #expect(screen.contains("Could not be read:") && screen.contains("no such table: appointment"), "\(screen)")
        #expect(!screen.contains("Loading…"))
        try desk.press(.character("]"))
        screen = backend.textLines.joined(separator: "\n")
        #expect(screen.contains("Worklist · 2026-11-21") && screen.contains("Could not be read:"), "the next day is read, and fails the same way")
        try desk.press(.escape)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DROP TABLE visit") }
        try desk.press(.character("R"))
        screen = backend.textLines.joined(separator: "\n")
        #expect(screen.contains("day report") && screen.contains("Could not be read:") && screen.contains("no such table: visit"), "\(screen)")
    }
}
