import Foundation
import PropertyBased
import Testing
import TestSupport
import TOMLGate
@testable import VisitDesk

/// TOML that made toml++ abort the whole process (issue 8) is now a syntax error naming the
/// file, line and column, for custom playbooks and config.toml alike.
@Suite struct HostileTOMLTests {
    static let crashInputs = TOMLCrashInputs.minimised

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-hostile-toml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aCrashingPlaybookIsASyntaxErrorWithLineAndColumn() {
        for input in Self.crashInputs {
            let text = String(decoding: input.bytes, as: UTF8.self)
            #expect(throws: PlaybookError.self) { try PlaybookTOML.parse(text, file: "bad.toml") }
            do {
                _ = try PlaybookTOML.parse(text, file: "bad.toml")
            } catch {
                guard case .syntax(let file, let line, let column, _) = error else {
                    Issue.record("expected a syntax error, got \(error)")
                    continue
                }
                #expect(file == "bad.toml" && line == input.line && column == input.column, "\(error)")
                #expect(error.description.hasPrefix("bad.toml:\(input.line):\(input.column): not valid TOML: expected"))
            }
        }
    }

    @Test func aCrashingPlaybookFileIsLeftOutOfTheLibraryWhileTheOthersLoad() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var agent = try BuiltInPlaybooks.agent
        agent.id = "my-agent"
        try PlaybookTOML.export(agent).write(to: directory.appendingPathComponent("good.toml"), atomically: true, encoding: .utf8)
        for (index, input) in Self.crashInputs.enumerated() {
            try Data(input.bytes).write(to: directory.appendingPathComponent("crash-\(index).toml"))
        }
        let library = PlaybookLibrary(directory: directory)
        #expect(library.playbook(id: "my-agent") != nil)
        #expect(library.problems.count == Self.crashInputs.count)
        for problem in library.problems {
            switch problem {
            case .syntax: continue
            case .unreadable(_, let reason): #expect(reason == "not readable as UTF-8 text")
            default: Issue.record("expected a syntax error, got \(problem)")
            }
        }
    }

    @Test func aCrashingConfigIsASyntaxErrorWithLineAndColumn() throws {
        for input in Self.crashInputs {
            let directory = try Self.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("visitdesk/config.toml")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(input.bytes).write(to: file)
            #expect {
                try VisitDeskConfig.load(environment: ["XDG_CONFIG_HOME": directory.path])
            } throws: { error in
                switch error as? ConfigError {
                case .syntax(let path, let line, let column, _)?:
                    path == file.path && line == input.line && column == input.column
                case .unreadable(let path, _)?:
                    path == file.path && String(validating: input.bytes, as: UTF8.self) == nil
                default:
                    false
                }
            }
        }
    }

    @Test(arguments: BuiltInPlaybooks.all)
    func exportedBuiltInPlaybookPassesTheGateUnchanged(playbook: Playbook) throws {
        try TOMLGate.check(PlaybookTOML.export(playbook))
    }

    @Test func theReadmeConfigExamplePassesTheGateAndLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```toml\n[rules]\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = "[rules]\n" + readme[start.upperBound..<end.lowerBound]
        try TOMLGate.check(example)
        let config = try VisitDeskConfig.parse(example, file: "config.toml")
        #expect(config.rules.minVisitors == 2)
    }

    /// One edit of a text: insert `byte` at `position` (modulo the length), or delete from there.
    struct Edit {
        var position: Int
        var byte: UInt8
        var deletes: Bool
    }

    static let edit = zip(
        Gen.int(in: 0...100_000),
        Gen<UInt8?>.element(of: Array("[]{}=,.\"'#\n \\0123456789-itf".utf8) + [0xFF]),
        Gen.bool
    ).map { Edit(position: $0, byte: $1 ?? UInt8(ascii: " "), deletes: $2) }

    @Test func mutatedPlaybooksNeverAbortTheProcess() async throws {
        let exported = Array(PlaybookTOML.export(try BuiltInPlaybooks.debtor).utf8)
        await propertyCheck(count: 300, input: Self.edit.array(of: 1...4)) { edits in
            var bytes = exported
            for edit in edits {
                let position = edit.position % bytes.count
                if edit.deletes {
                    bytes.remove(at: position)
                } else {
                    bytes.insert(edit.byte, at: position)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? PlaybookTOML.parse(text, file: "mutant.toml")
            _ = try? VisitDeskConfig.parse(text, file: "config.toml")
        }
    }
}
