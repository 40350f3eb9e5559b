import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk
import TestSupport

/// The desk against a real store that refuses, is busy, or is ended by a signal: what the
/// user typed survives every one of them, and the screen says what really happened.
@Suite(.serialized)
final class DeskSafekeepingTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    private struct Desk {
        let runner: DeskRunner
        let backend: MemoryBackend
        let store: VisitStore
        let path: String

        var screen: String { backend.textLines.joined(separator: "\n") }

        func visitID() throws -> Int64 { try #require(try store.openVisit(caseID: 1)?.id) }

        /// Runs SQL on the database through a second connection (the sqlite3 shell).
        func sql(_ statement: String) throws {
            let result = try Subprocess.run(["sqlite3", path, statement])
            #expect(result.status == 0, "\(result.errors)")
        }

        func type(_ text: String) throws {
            for character in text { try runner.press(.character(character)) }
        }

        func tick() throws { try runner.dispatch(.tick(Date())) }
    }

    private func makeDesk(path: String? = nil) throws -> Desk {
        let path = path ?? folder.appendingPathComponent("desk.sqlite").path
        let store = try VisitStore(path: path)
        if try store.caseCount(matching: nil) == 0 {
            _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
        }
        let backend = MemoryBackend(width: 120, height: 30)
        var rules = RuleConfig()
        rules.timeZone = AppFixture.shanghai
        let runner = DeskRunner(store: store, backend: backend, language: .en, rules: rules, playbooks: PlaybookLibrary(),
                                environment: [:])
        try runner.start()
        return Desk(runner: runner, backend: backend, store: store, path: path)
    }

    private func startVisit(_ desk: Desk) throws {
        for key: Key in [.enter, .character("v"), .tab, .tab] { try desk.runner.press(key) }
        try desk.type("王强/A1023, 刘洋/A1077")
        try desk.runner.press(.enter)
    }

    private static let refuseEvents = "CREATE TRIGGER refuse BEFORE INSERT ON visitEvent BEGIN SELECT RAISE(ABORT, 'the disk refused'); END;"

    // MARK: A refused write loses nothing

    @Test func aNoteWhoseSaveIsRefusedStaysInTheEditorAndInTheDraftUntilASaveSucceeds() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("n"))
        try desk.type("债务人说下个月")
        try desk.tick()
        try desk.sql(Self.refuseEvents)

        try desk.runner.press(.enter)
        #expect(desk.screen.contains("Not saved"))
        #expect(desk.runner.state.notes.editor?.text == "债务人说下个月")
        #expect(try desk.store.draft(visitID: desk.visitID()) == "债务人说下个月")

        try desk.sql("DROP TRIGGER refuse;")
        try desk.runner.press(.enter)
        #expect(desk.runner.state.notes.editor == nil)
        #expect(try desk.store.visit(id: desk.visitID()).notes.map(\.text) == ["债务人说下个月"])
        #expect(try desk.store.draft(visitID: desk.visitID()) == nil)
    }

    @Test func aRefusedSkipReasonAndOutcomeKeepTheirDialogsOpenWithTheirValues() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.sql(Self.refuseEvents)

        try desk.runner.press(.character("j"))
        try desk.runner.press(.character("x"))
        try desk.type("对方不让进门")
        try desk.runner.press(.enter)
        let skip = desk.runner.state.dialogs.last as? SkipReasonDialog
        #expect(skip?.editor.text == "对方不让进门", "the reason dialog stays open with its text")
        #expect(desk.screen.contains("Not saved"))
        try desk.runner.press(.escape)

        try desk.runner.press(.character("o"))
        try desk.runner.press(.character("p"))
        try desk.runner.press(.tab)
        try desk.runner.press(.ctrl("u"))
        try desk.type("5000")
        try desk.runner.press(.ctrl("s"))
        let outcome = desk.runner.state.dialogs.last as? OutcomeFormDialog
        #expect(outcome?.code == .promiseToPay)
        #expect(outcome?.form.fields[1].value == "5000", "the outcome form stays open with its values")
        #expect(desk.screen.contains("Not saved"))

        try desk.sql("DROP TRIGGER refuse;")
        try desk.runner.press(.ctrl("s"))
        #expect(desk.runner.state.dialogs.isEmpty)
        #expect(try desk.store.visit(id: desk.visitID()).outcome != nil)
    }

    @Test func aRefusedStartKeepsTheStartFormOpenWithItsValues() throws {
        let desk = try makeDesk()
        try desk.sql("CREATE TRIGGER refuse BEFORE INSERT ON visit BEGIN SELECT RAISE(ABORT, 'the disk refused'); END;")
        try startVisit(desk)
        let start = desk.runner.state.dialogs.last as? StartVisitDialog
        #expect(start?.form.fields[StartVisitForm.visitorsField].value == "王强/A1023, 刘洋/A1077", "the start form stays open with its values")
        #expect(desk.screen.contains("Not saved"))
        #expect(try desk.store.openVisit(caseID: 1) == nil)
    }

    @Test func aNoteTypedWhileAnotherProgramEndsTheVisitIsSavedAsAnAddendum() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        let visitID = try desk.visitID()
        try desk.runner.press(.character("n"))
        try desk.type("半句")
        _ = try VisitStore(path: desk.path).append(.ended(reason: .aborted), to: visitID, at: Date())
        try desk.tick()
        #expect(desk.screen.contains("ended elsewhere"))
        try desk.type("话")
        try desk.runner.press(.enter)
        #expect(desk.runner.state.notes.editor == nil)
        let note = try desk.store.visit(id: visitID).notes.last
        #expect(note?.text == "半句话")
        #expect(note?.isAddendum == true, "written after the end, it is an addendum")
        #expect(try desk.store.draft(visitID: visitID) == nil)
    }

    @Test func aNoteLeftWhileAnotherProgramEndsTheVisitIsKeptAsItsDraft() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        let visitID = try desk.visitID()
        try desk.runner.press(.character("n"))
        try desk.type("半句话")
        _ = try VisitStore(path: desk.path).append(.ended(reason: .aborted), to: visitID, at: Date())
        try desk.tick()
        #expect(desk.screen.contains("ended elsewhere"))
        #expect(try desk.store.draft(visitID: visitID) == "半句话")
        try desk.runner.press(.escape)
        #expect(try desk.store.draft(visitID: visitID) == "半句话", "leaving the note line does not drop it")

        let again = try makeDesk(path: desk.path)
        try again.runner.press(.enter)
        #expect(again.screen.contains("Note draft kept from ended visit \(visitID): 半句话"))
    }

    // MARK: A busy store

    @Test func aTickWhileAnotherProgramHoldsTheWriteLockSaysBusyAtOnceAndSavesAfterwards() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        let holder = try WriteLockHolder(path: desk.path)
        // The first item is answered by the case's records; the second is ticked.
        try desk.runner.press(.character("j"))

        let clock = ContinuousClock()
        let waited = try clock.measure { try desk.runner.press(.character(" ")) }
        #expect(waited < .seconds(2), "the key loop waited \(waited) for the lock")
        #expect(desk.screen.contains("busy"))
        #expect(!desk.screen.contains("[✓]"))
        #expect(try desk.store.visit(id: desk.visitID()).mark(of: "notice.amount-stated") == .pending)

        holder.release()
        try desk.runner.press(.character(" "))
        #expect(desk.screen.contains("[✓]"))
        #expect(try desk.store.visit(id: desk.visitID()).mark(of: "notice.amount-stated") == .done)
    }

    @Test func aNoteSavedWhileTheStoreIsBusyStaysUntilItIsSaved() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("n"))
        try desk.type("先还两千")
        let holder = try WriteLockHolder(path: desk.path)
        try desk.runner.press(.enter)
        try desk.tick()
        #expect(desk.runner.state.notes.editor?.text == "先还两千")
        #expect(desk.screen.contains("busy"))
        holder.release()
        try desk.runner.press(.enter)
        #expect(desk.runner.state.notes.editor == nil)
        #expect(try desk.store.visit(id: desk.visitID()).notes.map(\.text) == ["先还两千"])
    }

    @Test func aWriteReportedBusyWhoseEventIsInTheStoreCountsAsSavedAndOnlyThen() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        let visitID = try desk.visitID()
        let seen = try desk.store.visit(id: visitID)
        let kind = VisitEventKind.noteAdded(noteID: "n-1", text: "已经写进去了")
        // The event committed, then the store was locked before the answer came back.
        let committed = try VisitStore(path: desk.path).append(kind, to: visitID, at: Date(), after: seen)
        let holder = try WriteLockHolder(path: desk.path)
        defer { holder.release() }
        let writes = StoreWrites(store: desk.store)

        let saved = try writes.append(kind, to: visitID, after: seen, at: Date())
        #expect(saved == committed && saved.notes.map(\.text) == ["已经写进去了"])
        #expect(throws: StoreError.self, "the same event already seen before this write is not this write") {
            try writes.append(kind, to: visitID, after: committed, at: Date())
        }
        #expect(throws: StoreError.self, "another event is not this one") {
            try writes.append(.noteAdded(noteID: "n-2", text: "没写进去"), to: visitID, after: seen, at: Date())
        }
    }

    // MARK: Signals and keys

    @Test func aTerminationSignalSavesTheNoteBeingTypedAndEndsTheLoop() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("n"))
        try desk.type("最后几个")
        // Typed just before the signal, not yet read: taken in before the draft is saved.
        desk.backend.keys = [.character("字")]
        desk.backend.pendingTerminationSignal = SIGTERM
        #expect(try desk.runner.run() == SIGTERM)
        #expect(try desk.store.draft(visitID: desk.visitID()) == "最后几个字")
    }

    @Test func aHangupSavesTheOpenFormAndReopeningTheCaseOffersItAgain() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("j"))
        try desk.runner.press(.character("x"))
        try desk.type("对方不让")
        desk.backend.pendingTerminationSignal = SIGHUP
        #expect(try desk.runner.run() == SIGHUP)
        #expect(try desk.store.formDraft(caseID: 1) != nil)

        let again = try makeDesk(path: desk.path)
        try again.runner.press(.enter)
        let offered = again.runner.state.dialogs.last as? SkipReasonDialog
        #expect(offered?.editor.text == "对方不让", "the form is offered again")
        #expect(again.screen.contains("restored"))
        #expect(try again.store.formDraft(caseID: 1) == nil)
    }

    @Test func aHangupKeepsTheVisitorsBeingCorrectedAndOffersThemAgain() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("V"))
        try desk.type(", 赵敏")
        desk.backend.pendingTerminationSignal = SIGHUP
        #expect(try desk.runner.run() == SIGHUP)

        let again = try makeDesk(path: desk.path)
        try again.runner.press(.enter)
        let offered = again.runner.state.dialogs.last as? VisitorsDialog
        #expect(offered?.form.text(at: 0) == "王强/A1023, 刘洋/A1077, 赵敏", "the correction is offered again")
    }

    @Test func aHangupKeepsTheDebtorsAccountBeingWritten() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        for _ in 0..<4 { try desk.runner.press(.character("]")) }
        try desk.runner.press(.character("d"))
        try desk.runner.press(.character(" "))
        try desk.runner.press(.tab)
        try desk.type("店铺关门")
        desk.backend.pendingTerminationSignal = SIGHUP
        #expect(try desk.runner.run() == SIGHUP)

        let again = try makeDesk(path: desk.path)
        try again.runner.press(.enter)
        let offered = again.runner.state.dialogs.last as? StatementDialog
        #expect(offered?.statement == DebtorStatement(reason: .incomeFell, detail: "店铺关门", attitude: .cooperative))
    }

    @Test func aHangupKeepsTheAttachFormForTheVisitItWasFor() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("a"))
        try desk.type("~/门牌.jpg")
        try desk.runner.press(.tab)
        try desk.type("门牌")
        desk.backend.pendingTerminationSignal = SIGHUP
        #expect(try desk.runner.run() == SIGHUP)

        let again = try makeDesk(path: desk.path)
        try again.runner.press(.enter)
        let offered = again.runner.state.dialogs.last as? AttachDialog
        #expect(offered?.target == .visit(try #require(try again.store.openVisit(caseID: 1))))
        #expect(offered?.form.values == ["~/门牌.jpg", "门牌"])
    }

    @Test func aHangupKeepsTheAttachFormOfACaseWithoutAVisit() throws {
        let desk = try makeDesk()
        try desk.runner.press(.enter)
        try desk.runner.press(.character("a"))
        try desk.type("/tmp/letter.pdf")
        desk.backend.pendingTerminationSignal = SIGHUP
        #expect(try desk.runner.run() == SIGHUP)

        let again = try makeDesk(path: desk.path)
        try again.runner.press(.enter)
        let offered = again.runner.state.dialogs.last as? AttachDialog
        #expect(offered?.target == .loanCase(caseID: 1))
        #expect(offered?.form.text(at: AttachDialog.pathField) == "/tmp/letter.pdf")
    }

    @Test func ctrlBackslashQuitsLikeCtrlC() throws {
        let desk = try makeDesk()
        try desk.runner.press(.ctrl("\\"))
        #expect(desk.runner.state.shouldQuit)
    }

    @Test func ctrlZStopsTheDeskAndRedrawsEverythingAfterwards() throws {
        let desk = try makeDesk()
        try desk.runner.press(.character("j"))
        let afterAKey = desk.backend.lastChangedCellCount
        try desk.runner.press(.ctrl("z"))
        #expect(desk.backend.processSuspensionCount == 1)
        let afterResume = desk.backend.lastChangedCellCount
        try desk.runner.press(.ctrl("l"))
        #expect(afterResume == desk.backend.lastChangedCellCount, "a full redraw after the desk is continued")
        #expect(afterResume > afterAKey)
    }

    @Test func aPastedRunOfTenThousandCharactersIsTakenInAndDrawnOnce() throws {
        let desk = try makeDesk()
        try startVisit(desk)
        try desk.runner.press(.character("n"))
        let draws = desk.backend.drawCount
        let paste = Array(repeating: Key.character("款"), count: 10_000)
        let elapsed = try ContinuousClock().measure { try desk.runner.press(paste) }
        #expect(desk.backend.drawCount == draws + 1)
        #expect(desk.runner.state.notes.editor?.count == 10_000)
        // A sanity bound for a debug build on a shared machine; the release figure is in the benchmark.
        #expect(elapsed < .seconds(5), "pasting took \(elapsed)")
    }
}

/// Another program's write transaction, held open (`BEGIN IMMEDIATE` in the sqlite3 shell)
/// until `release`.
private final class WriteLockHolder {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'held';\n".utf8))
        var seen = ""
        while !seen.contains("held") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
    }

    func release() {
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { release() }
    }
}
