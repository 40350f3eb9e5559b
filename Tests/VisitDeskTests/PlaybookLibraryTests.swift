import Foundation
import Testing
@testable import VisitDesk

@Suite("Playbook library")
struct PlaybookLibraryTests {
    /// A fresh empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("visitdesk-playbooks-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func withoutCustomFilesItHoldsTheBuiltIns() throws {
        let library = PlaybookLibrary(directory: URL(fileURLWithPath: "/nonexistent/visitdesk"))
        #expect(library.playbooks == BuiltInPlaybooks.all)
        #expect(library.problems.isEmpty)
        #expect(try library.playbook(id: "agent") == BuiltInPlaybooks.agent)
    }

    @Test func customPlaybooksLoadFromTheDirectoryAndBrokenOnesAreReported() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try PlaybookTOMLTests.minimal.write(to: directory.appendingPathComponent("short.toml"), atomically: true, encoding: .utf8)
        try "id = \"broken\n".write(to: directory.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "not a playbook".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let library = PlaybookLibrary(directory: directory)
        #expect(library.playbooks.map(\.id) == ["agent", "debtor", "short"])
        #expect(library.playbooks(for: .agent).map(\.id) == ["agent", "short"])
        #expect(library.problems.count == 1)
        #expect(library.problems.first?.file.hasSuffix("broken.toml") == true)
    }

    @Test func customPlaybookCannotTakeABuiltInID() throws {
        var library = PlaybookLibrary()
        var copy = try BuiltInPlaybooks.debtor
        copy.title.en = "My debtor playbook"
        #expect(throws: PlaybookError.duplicatePlaybookID(file: "mine.toml", id: "debtor", takenBy: "a built-in playbook")) {
            try library.add(copy, from: "mine.toml")
        }
    }

    @Test func defaultDirectoryFollowsXDGConfigHome() {
        #expect(PlaybookLibrary.defaultDirectory(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"]).path
            == "/cfg/visitdesk/playbooks")
        #expect(PlaybookLibrary.defaultDirectory(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/a"]).path
            == "/home/a/.config/visitdesk/playbooks")
        #expect(PlaybookLibrary.defaultDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"]).path
            == "/home/a/.config/visitdesk/playbooks")
    }
}
