import Foundation
import TUI
import Testing
@testable import VisitDesk
@testable import VisitDeskApp

/// An installation that lost its resource folder still opens the desk: the problem is on
/// the status line in the user's language, and starting a visit does nothing rather than trap.
final class MissingBuiltInPlaybooksTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-builtins-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test(arguments: [Language.zh, .en])
    func theDeskStartsAndSaysTheBuiltInPlaybooksAreMissing(language: Language) throws {
        let store = try VisitStore(path: folder.appendingPathComponent("desk-\(language).sqlite").path)
        _ = try store.insertCases(Array(AppFixture.cases.map { var loanCase = $0; loanCase.id = nil; return loanCase }))
        let problems = BuiltInPlaybookFolder.search(programFolders: [folder], sourceFolder: folder.appendingPathComponent("src"))
        let (playbooks, missing) = BuiltInPlaybooks.load(from: problems)
        let backend = MemoryBackend(width: 200, height: 30)
        let desk = DeskRunner(store: store, backend: backend, language: language, rules: RuleConfig(),
                              playbooks: PlaybookLibrary(builtIn: playbooks, problems: missing), environment: [:])
        try desk.start()
        let screen = backend.textLines.joined(separator: "\n")
        #expect(screen.contains(language == .zh ? "内置清单 agent.toml 无法载入" : "built-in playbook agent.toml could not be loaded"))
        for key: Key in [.enter, .character("v"), .tab] { try desk.press(key) }
        for character in "王强/A1023" { try desk.press(.character(character)) }
        try desk.press(.enter)
        #expect(try store.openVisit(caseID: 1) == nil, "no playbook, no visit")
    }
}
