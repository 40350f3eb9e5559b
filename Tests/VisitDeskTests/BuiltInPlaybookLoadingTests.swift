import Foundation
import Testing
@testable import VisitDesk

/// The built-in playbooks come from TOML files in VisitDesk's resource bundle, read by the
/// same loader as custom ones; a lost or damaged file is reported, never a crash.
@Suite("Built-in playbook files")
struct BuiltInPlaybookLoadingTests {
    /// The folder the built-in TOML files are written in (and copied from into the bundle).
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/VisitDesk/Playbooks/BuiltIn").standardizedFileURL

    /// A folder holding copies of the built-in files, `replacing` some of them by other text.
    static func folder(replacing files: [String: String] = [:]) throws -> URL {
        let folder = try PlaybookLibraryTests.temporaryDirectory()
        for id in BuiltInPlaybooks.ids {
            let name = id + ".toml"
            let text = try files[name] ?? String(contentsOf: sourceFolder.appendingPathComponent(name), encoding: .utf8)
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The snapshot began as the former Swift definitions; a content change to the TOML files
    /// is made in the snapshot too, on purpose, so that no change slips in unreviewed.
    @Test func builtInPlaybooksAreEqualToTheirReviewedSnapshot() throws {
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/built-in-playbooks.json")
        let expected = try JSONDecoder().decode([Playbook].self, from: Data(contentsOf: snapshot))
        #expect(expected.count == 2)
        #expect(BuiltInPlaybooks.problems.isEmpty)
        #expect(BuiltInPlaybooks.all.count == expected.count)
        for (loaded, old) in zip(BuiltInPlaybooks.all, expected) {
            #expect(loaded.id == old.id && loaded.role == old.role && loaded.title == old.title)
            #expect(loaded.stages.map(\.id) == old.stages.map(\.id), "\(loaded.id)")
            for (stage, oldStage) in zip(loaded.stages, old.stages) {
                #expect(stage.title == oldStage.title && stage.discussesDebt == oldStage.discussesDebt, "\(stage.id)")
                #expect(stage.items == oldStage.items, "\(stage.id)")
            }
            #expect(loaded == old)
        }
    }

    @Test func theRunningProgramFindsTheFilesInItsResourceBundle() throws {
        let search = BuiltInPlaybookFolder.located()
        let found = try #require(search.found)
        #expect(found.pathComponents.suffix(2) == [BuiltInPlaybookFolder.bundleName, "BuiltIn"], "found \(found.path)")
    }

    @Test func theBundleNextToTheProgramComesBeforeTheSourceFolder() throws {
        let program = try PlaybookLibraryTests.temporaryDirectory()
        let bundled = program.appendingPathComponent("\(BuiltInPlaybookFolder.bundleName)/BuiltIn", isDirectory: true)
        let elsewhere = try PlaybookLibraryTests.temporaryDirectory()
        #expect(BuiltInPlaybookFolder.search(programFolders: [program], sourceFolder: elsewhere).found == elsewhere)
        try FileManager.default.createDirectory(at: bundled, withIntermediateDirectories: true)
        #expect(BuiltInPlaybookFolder.search(programFolders: [program], sourceFolder: elsewhere).found?.path == bundled.path)
    }

    @Test func aMissingResourceFolderLeavesTheBuiltInsOutWithAProblemInBothLanguages() {
        let nowhere = URL(fileURLWithPath: "/nonexistent/visitdesk-\(UUID().uuidString)")
        let search = BuiltInPlaybookFolder.search(programFolders: [nowhere], sourceFolder: nowhere.appendingPathComponent("src"))
        #expect(search.found == nil)
        let (playbooks, problems) = BuiltInPlaybooks.load(from: search)
        #expect(playbooks.isEmpty)
        #expect(problems.map(\.file) == ["agent.toml", "debtor.toml"])
        let message = problems[0].message
        #expect(message.zh.contains("内置清单 agent.toml 无法载入") && message.zh.contains(BuiltInPlaybookFolder.bundleName))
        #expect(message.en.contains("built-in playbook agent.toml could not be loaded"))
        #expect(message.en.contains(nowhere.path), "says where it looked")
        #expect(message.en.contains("keep the \(BuiltInPlaybookFolder.bundleName) folder next to the visitdesk program"))
    }

    @Test func aBrokenBuiltInFileIsReportedWithItsLineAndTheOtherStillLoads() throws {
        let agent = try String(contentsOf: Self.sourceFolder.appendingPathComponent("agent.toml"), encoding: .utf8)
        let roleLine = try #require(agent.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "role = \"agent\"")) + 1
        let folder = try Self.folder(replacing: ["agent.toml": agent.replacingOccurrences(of: "role = \"agent\"", with: "role = \"boss\"")])
        let (playbooks, problems) = BuiltInPlaybooks.load(from: .init(found: folder, searched: [folder]))
        #expect(playbooks.map(\.id) == ["debtor"])
        #expect(problems.count == 1)
        guard case .builtInUnavailable(let file, let reason)? = problems.first else {
            Issue.record("expected a built-in problem, got \(problems)")
            return
        }
        #expect(file == "agent.toml")
        #expect(reason.hasSuffix("agent.toml:\(roleLine): role \"boss\" is unknown; use one of: agent, debtor"), "\(reason)")
    }

    @Test func aBuiltInFileMustHoldThePlaybookItIsNamedAfter() throws {
        let debtor = try String(contentsOf: Self.sourceFolder.appendingPathComponent("debtor.toml"), encoding: .utf8)
        let folder = try Self.folder(replacing: ["agent.toml": debtor])
        let (playbooks, problems) = BuiltInPlaybooks.load(from: .init(found: folder, searched: [folder]))
        #expect(playbooks.map(\.id) == ["debtor"])
        #expect(problems == [.builtInUnavailable(file: "agent.toml", reason: "it holds playbook \"debtor\" instead of \"agent\"")])
    }

    @Test func withoutItsBuiltInsTheLibraryStillLoadsCustomFilesButKeepsTheBuiltInIDs() throws {
        let directory = try PlaybookLibraryTests.temporaryDirectory()
        try PlaybookTOMLTests.minimal.write(to: directory.appendingPathComponent("short.toml"), atomically: true, encoding: .utf8)
        try PlaybookTOML.export(try BuiltInPlaybooks.agent)
            .write(to: directory.appendingPathComponent("agent-copy.toml"), atomically: true, encoding: .utf8)
        let missing = PlaybookError.builtInUnavailable(file: "agent.toml", reason: "gone")
        var library = PlaybookLibrary(builtIn: [], problems: [missing])
        library.addFiles(in: directory)
        #expect(library.playbooks.map(\.id) == ["short"])
        #expect(library.problems.first == missing, "built-in problems come first")
        #expect(library.problems.dropFirst().first
                == .duplicatePlaybookID(file: "agent-copy.toml", id: "agent", takenBy: "a built-in playbook"))
    }
}
