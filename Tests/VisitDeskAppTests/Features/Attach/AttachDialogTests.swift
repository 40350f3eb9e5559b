import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// `a` attaches an evidence file: to the visit shown (open or ended), else to the case. The
/// dialog keeps what was typed until the store has the file; a bad path is said under it.
@Suite(.serialized)
final class AttachDialogTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attach-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let photo = VisitDesk.Attachment(name: "door.jpg", size: 49_321, type: "image/jpeg",
                                            sha256: String(repeating: "3f2a", count: 16), caption: "门牌")

    /// The effect Enter asks for, if it is an attachment.
    static func request(_ effects: [Effect]) -> EvidenceRequest? {
        effects.lazy.compactMap { effect -> EvidenceRequest? in
            if case .attachEvidence(let request) = effect { return request }
            return nil
        }.first
    }

    @Test func aInAnOpenVisitAsksForThePathAndCaptionAndEnterAsksTheStore() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("a"))
        #expect(state.dialogs.last is AttachDialog)
        let screen = AppFixture.screenText(state)
        for label in ["Attach an evidence file · visit 7", "File path", "Caption", "100 MB"] { #expect(screen.contains(label), "\(label)") }
        AppFixture.type(&state, "'/home/agent/门牌 照片.jpg' ")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "门牌和单元号")
        let effects = AppFixture.press(&state, .enter)
        #expect(Self.request(effects) == EvidenceRequest(path: "/home/agent/门牌 照片.jpg", caption: "门牌和单元号",
                                                         target: .visit(AppFixture.visit(AppFixture.agentEvents()))))
        #expect(state.dialogs.last is AttachDialog, "open until the store has the file")
    }

    @Test func aBadPathIsSaidUnderTheFieldAndTheTypedTextStays() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("a"))
        AppFixture.type(&state, "/tmp/nope.jpg")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "门牌")
        AppFixture.press(&state, .enter)
        let reason = EvidenceError.missing(path: "/tmp/nope.jpg").explanation.en
        AppFixture.send(&state, .evidenceRefused(reason))
        let dialog = state.dialogs.last as? AttachDialog
        #expect(dialog?.form.fields[AttachDialog.pathField].error == reason)
        #expect(dialog?.form.text(at: AttachDialog.pathField) == "/tmp/nope.jpg")
        #expect(dialog?.form.text(at: AttachDialog.captionField) == "门牌")
        #expect(dialog?.form.focus == AttachDialog.pathField)
        #expect(AppFixture.screenText(state).contains("there is no file /tmp/nope.jpg"))
    }

    @Test func anEmptyPathIsRefusedBeforeTheStore() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("a"))
        AppFixture.type(&state, "  ")
        #expect(Self.request(AppFixture.press(&state, .enter)) == nil)
        #expect((state.dialogs.last as? AttachDialog)?.form.fields[AttachDialog.pathField].error == "type the path of the file to attach")
    }

    @Test func theKeptFileClosesTheDialogIsAnnouncedAndListedInTheVisitPane() {
        var state = AppFixture.withOpenVisit(language: .zh)
        AppFixture.press(&state, .character("a"))
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .evidenceAttached(Self.photo), hash: ""))
        AppFixture.send(&state, .evidenceKept(Self.photo, visit: AppFixture.visit(events), caseID: 1))
        #expect(state.dialogs.isEmpty)
        #expect(state.message == .info("附件已保存 door.jpg"))
        #expect(AppFixture.screenText(state).contains("附件 1：door.jpg"))
    }

    @Test func withNoVisitTheFileIsForTheCaseAndTheDetailsCountIt() {
        var state = AppFixture.state()
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: nil, draft: nil))
        AppFixture.press(&state, .character("a"))
        #expect(AppFixture.screenText(state).contains("Attach an evidence file · this case"))
        AppFixture.type(&state, "/tmp/letter.pdf")
        #expect(Self.request(AppFixture.press(&state, .enter))?.target == .loanCase(caseID: 1))
        let letter = VisitDesk.Attachment(name: "letter.pdf", size: 812, type: "application/pdf", sha256: Self.photo.sha256, caption: "")
        AppFixture.send(&state, .evidenceKept(letter, visit: nil, caseID: 1))
        // After the attach the runner reads the case's records again; they hold the file.
        let attached = CaseEvent(caseID: 1, sequence: 1, at: AppFixture.now, kind: .evidenceAttached(letter), hash: "h")
        AppFixture.send(&state, .caseRecordsLoaded(caseID: 1, CaseRecords.fold([attached]), [], nextAction: nil))
        #expect(state.message == .info("evidence kept: letter.pdf"))
        #expect(AppFixture.screenText(state).contains("evidence 1: letter.pdf"))
    }

    @Test func withNoCaseShownTheKeyDoesNothing() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("a"))
        #expect(state.dialogs.isEmpty)
    }

    @Test func theDebtorsAccountMovedToD() {
        let keys = VisitPanel.keymap(.en).map { ($0.label, $0.help) }
        #expect(keys.contains { $0 == ("a", "attach evidence") })
        #expect(keys.contains { $0 == ("d", "debtor's account") })
        #expect(AppFixture.duplicateKeys(VisitPanel.self).isEmpty)
        #expect(AppFixture.duplicateKeys(AttachDialog.self).isEmpty)
    }

    // MARK: Through the runner, on a real store

    @Test func aRealFileIsCopiedRecordedAndAMissingOneSavesNothing() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try VisitStore(path: folder.appendingPathComponent("desk.sqlite").path)
        _ = try store.insertCases(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase })
        let backend = MemoryBackend(width: 120, height: 30)
        let runner = DeskRunner(store: store, backend: backend, language: .en, rules: RuleConfig(), playbooks: PlaybookLibrary(),
                                environment: ["HOME": folder.path])
        try runner.start()
        for key: Key in [.enter, .character("v"), .tab, .tab] { try runner.press(key) }
        for character in "王强/A1023" { try runner.press(.character(character)) }
        try runner.press(.enter)
        let photo = folder.appendingPathComponent("door.jpg")
        try Data("a photo of the door".utf8).write(to: photo)

        try runner.press(.character("a"))
        for character in "~/nope.jpg" { try runner.press(.character(character)) }
        try runner.press(.enter)
        #expect(backend.textLines.joined().contains("there is no file"))
        let refused = runner.state.dialogs.last as? AttachDialog
        #expect(refused?.form.fields[AttachDialog.pathField].error?.contains("\(folder.path)/nope.jpg") == true, "~ is the home folder")
        #expect(try store.openVisit(caseID: 1)?.attachments.isEmpty == true)

        for _ in 0..<"nope.jpg".count { try runner.press(.backspace) }
        for character in "door.jpg" { try runner.press(.character(character)) }
        try runner.press(.enter)
        #expect(runner.state.dialogs.isEmpty)
        let kept = try #require(try store.openVisit(caseID: 1)?.attachments.first)
        #expect(kept.name == "door.jpg" && kept.size == 19)
        #expect(store.evidenceFolder.check(sha256: kept.sha256) == .intact)
        #expect(backend.textLines.joined(separator: "\n").contains("evidence 1: door.jpg"))
        #expect(try store.chainReport().isIntact)
    }
}
