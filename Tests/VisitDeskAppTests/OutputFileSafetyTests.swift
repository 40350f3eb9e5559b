import Foundation
import GRDB
import Testing
@testable import VisitDeskApp
@testable import VisitDesk

/// Files the user did not mean to touch stay untouched: exports refuse an existing file
/// without `--force` and the database always; summary files stay inside their folder
/// whatever the case reference; what is written is whole and private (0600).
@Suite(.serialized) struct OutputFileSafetyTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-outputs-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }

    func run(_ arguments: String...) -> Int32 {
        VisitDeskCommand.run(arguments: arguments)
    }

    /// The case access log of a case, oldest first, read straight from its table.
    private func accessLog(_ store: VisitStore, caseID: Int64) throws -> [(revealed: Bool, fields: String)] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT revealed, fields FROM caseAccess WHERE caseID = ? ORDER BY at, id", arguments: [caseID])
                .map { (revealed: $0["revealed"], fields: $0["fields"]) }
        }
    }

    private func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func exportRefusesAnExistingFileUnlessForced() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let out = directory.appendingPathComponent("mine.txt").path
        try Data("the user's own file".utf8).write(to: URL(fileURLWithPath: out))
        #expect(run("export", "--db", db, "--out", out) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "the user's own file")
        #expect(run("export", "--db", db, "--out", out, "--force") == 0)
        let array = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [Any]
        #expect(array?.count == DemoData.cases.count)
        #expect(try mode(out) == 0o600)
    }

    @Test func exportNeverOverwritesTheDatabaseEvenWithForce() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let link = directory.appendingPathComponent("link.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: db)
        let hardLink = directory.appendingPathComponent("hard.sqlite").path
        try FileManager.default.linkItem(atPath: db, toPath: hardLink)
        let dotted = directory.appendingPathComponent("sub/../x.sqlite").path
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for target in [db, db + "-wal", db + "-shm", link, hardLink, dotted] {
            #expect(run("export", "--db", db, "--out", target, "--force") == 1, "\(target) is refused")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(try VisitStore(path: db).verify().isEmpty)
    }

    @Test func exportWritesANewPrivateFileAndLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let folder = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("cases.csv").path
        #expect(run("export", "--db", db, "--format", "csv", "--out", out, "--reveal") == 0)
        #expect(try mode(out) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cases.csv"])
        #expect(run("export", "--db", db, "--out", directory.appendingPathComponent("no/such/folder.json").path) == 1)
    }

    @Test func revealOnACommandIsRecordedInTheCaseAccessLog() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("demo", "--db", db) == 0)
        let store = try VisitStore(path: db)
        let first = try #require(try store.cases(matching: nil, offset: 0, limit: 1).first?.id)
        #expect(run("cases", "--db", db, "--format", "json") == 0)
        #expect(run("export", "--db", db, "--out", directory.appendingPathComponent("masked.json").path) == 0)
        #expect(try accessLog(store, caseID: first).isEmpty, "nothing revealed, nothing logged")

        #expect(run("cases", "--db", db, "--limit", "1", "--reveal") == 0)
        #expect(try accessLog(store, caseID: first).count == 1)
        #expect(try accessLog(store, caseID: first).first?.revealed == true)
        #expect(try accessLog(store, caseID: first).first?.fields == PersonalField.allCases.map(\.rawValue).joined(separator: ","))

        #expect(run("export", "--db", db, "--reveal", "--out", directory.appendingPathComponent("full.json").path) == 0)
        for loanCase in try store.cases(matching: nil, offset: 0, limit: 100) {
            #expect(try !accessLog(store, caseID: loanCase.id!).isEmpty, "\(loanCase.reference) logged by export --reveal")
        }

        let visit = try #require(try store.visits(limit: 1).first)
        let before = try accessLog(store, caseID: visit.caseID).count
        #expect(run("summary", String(visit.id), "--db", db, "--reveal") == 0)
        #expect(try accessLog(store, caseID: visit.caseID).count == before + 1)
    }

    @Test func summaryFilesStayInsideTheirFolderWhateverTheReference() throws {
        for reference in ["../../../x", "a/b", ".hidden", "/etc/passwd"] {
            let fixture = try HostileStore(reference: reference)
            let (desk, backend) = try fixture.desk()
            try AppFixture.run(.loadSummary(visitID: 1, language: desk.state.language), on: desk)
            try desk.press(.character("w"))
            let written = try FileManager.default.contentsOfDirectory(atPath: fixture.summaryFolder.path)
            #expect(written.count == 3 && written.allSatisfy { !$0.hasPrefix(".") && $0.contains("-visit-1.") },
                    "\(reference): the three files in the summaries folder, visible: \(written)")
            #expect(backend.textLines.joined().contains("Summary written: ~/data/visitdesk/summaries/"), "the desk says where it wrote")
            let escaped = fixture.summaryFolder.appendingPathComponent("../../../x-visit-1.txt").standardizedFileURL.path
            #expect(!FileManager.default.fileExists(atPath: escaped), "nothing written outside the summaries folder")
        }
    }

    @Test func aSummaryThatCannotBeWrittenSaysWhereAndWhy() throws {
        let fixture = try HostileStore(reference: "HB-1")
        let blocker = fixture.root.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let state = AppFixture.state()
        let summary = try VisitDocuments(store: fixture.store, playbooks: state.playbooks, rules: state.rules.config, clock: state.clock)
            .summary(visitID: 1, language: .en, now: AppFixture.now)
        var environment = fixture.environment
        environment["XDG_DATA_HOME"] = blocker.path
        #expect {
            try SummaryFiles(environment: environment).write(summary, pdf: Data("%PDF-1.5".utf8))
        } throws: { error in
            let message = "\(error)"
            return message.hasPrefix("cannot write \(blocker.path)/visitdesk/summaries") && !message.contains("Error Domain")
        }
    }
}

/// What the status line says after `w`.
struct SummaryFilesMessageTests {
    @Test func theThreeWrittenFilesFitOneLine() {
        let paths = ["/home/li/.local/share/visitdesk/summaries/HB-1-visit-7.txt",
                     "/home/li/.local/share/visitdesk/summaries/HB-1-visit-7.md",
                     "/home/li/.local/share/visitdesk/summaries/HB-1-visit-7.pdf"]
        #expect(SummaryFiles.shortList(paths, home: "/home/li") == "~/.local/share/visitdesk/summaries/HB-1-visit-7.txt, .md, .pdf")
        #expect(SummaryFiles.shortList(paths, home: "/home/l") == paths[0] + ", .md, .pdf", "only the home folder itself becomes ~")
        #expect(SummaryFiles.shortList(paths, home: nil) == paths[0] + ", .md, .pdf")
    }
}
