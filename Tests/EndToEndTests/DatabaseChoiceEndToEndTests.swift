import Foundation
import Testing
import TestSupport

/// Only `init`, `demo` and `import` create a database; a database this user cannot write opens
/// for review; a database deleted under the desk stops it saving. Run against the built binary.
@Suite struct DatabaseChoiceEndToEndTests {
    /// The command prefix of a user who can read the read-only database but not write it: as
    /// root (whom file modes do not stop) that is `nobody`; any other user is stopped by the modes.
    static let asReader = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    /// The built program with its resource bundles, copied where the other user can read them:
    /// the build folder of a checkout in a private folder is not theirs to read, as an
    /// installed program's folder is.
    func readerBinary(_ fixture: DeskFixture) throws -> String {
        let built = URL(fileURLWithPath: fixture.binary)
        let folder = fixture.root.appendingPathComponent("reader-bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let beside = try FileManager.default.contentsOfDirectory(atPath: built.deletingLastPathComponent().path)
        // A hard link, not a copy: a copy's write handle, inherited by a program another test
        // starts meanwhile, makes running it fail as "text file busy".
        try FileManager.default.linkItem(at: built, to: folder.appendingPathComponent(built.lastPathComponent))
        for name in beside.filter({ $0.hasSuffix(".resources") }) {
            try FileManager.default.copyItem(at: built.deletingLastPathComponent().appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.root.path)
        return folder.appendingPathComponent(built.lastPathComponent).path
    }

    /// A database with the demo data, its WAL still beside it, made read-only for everyone
    /// (files 0444 in a folder 0555), as on read-only media. `done` makes it removable again.
    func readOnlyDemoDatabase(_ fixture: DeskFixture) throws -> (path: String, done: () -> Void) {
        let folder = fixture.root.appendingPathComponent("shared")
        let path = folder.appendingPathComponent("demo.sqlite").path
        try fixture.run(["demo", "--db", path])
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent(file).path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        return (path, { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) })
    }

    @Test(arguments: [["cases"], ["visits"], ["summary", "1"], ["export"], ["verify"], []])
    func aCommandThatOnlyReadsRefusesAMissingDatabaseAndCreatesNothing(command: [String]) throws {
        let fixture = try DeskFixture()
        let folder = fixture.root.appendingPathComponent("nowhere")
        let path = folder.appendingPathComponent("typo.sqlite").path
        let result = try Subprocess.run([fixture.binary] + command + ["--db", path], environment: fixture.environment)
        #expect(result.status == 1)
        #expect(result.errors.contains("no database at \(path)"), "\(result.errors)")
        #expect(result.errors.contains("visitdesk init"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func initCreatesAnEmptyDatabaseAndSaysWhere() throws {
        let fixture = try DeskFixture()
        let path = fixture.root.appendingPathComponent("new/visitdesk.sqlite").path
        let created = try Subprocess.run([fixture.binary, "init", "--db", path], environment: fixture.environment)
        #expect(created.status == 0)
        #expect(created.errors.contains("created an empty database at \(path)"))
        #expect(try fixture.run(["verify", "--db", path]).contains("checked 0 visits, 0 events, ledger of 0 entries: all intact"))
        let again = try Subprocess.run([fixture.binary, "init", "--db", path], environment: fixture.environment)
        #expect(again.status == 0 && again.errors.contains("already holds a database"))
    }

    @Test func verifyOnTheDemoDatabaseSaysWhatItChecked() throws {
        let fixture = try DeskFixture()
        let (path, done) = try readOnlyDemoDatabase(fixture)
        defer { done() }
        let output = try fixture.run(["verify", "--db", path])
        let pattern = #"^checked \d+ visits, (\d+) events, (\d+) records of \d+ cases(?:, \d+ evidence files?)?, ledger of (\d+) entries: all intact\nledger head ([0-9a-f]{64}) \(note it"#
        let match = try #require(try Regex(pattern).prefixMatch(in: output), "\(output)")
        let counts = (1...3).compactMap { match.output[$0].substring.flatMap { Int($0) } }
        #expect(counts.count == 3 && counts[0] + counts[1] == counts[2], "every visit event and case record is in the ledger")
        let head = try #require(match.output[4].substring)
        #expect(try fixture.run(["verify", "--db", path, "--ledger-head", String(head)]).hasPrefix("checked "))
        let forgotten = try Subprocess.run([fixture.binary, "verify", "--db", path, "--ledger-head", String(repeating: "0", count: 64)],
                                           environment: fixture.environment)
        #expect(forgotten.status == 1)
        #expect(forgotten.errors.contains("the ledger no longer holds entry \(String(repeating: "0", count: 64))"))
    }

    @Test func aDatabaseThisUserCannotWriteOpensForReview() throws {
        let fixture = try DeskFixture()
        let (path, done) = try readOnlyDemoDatabase(fixture)
        defer { done() }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let binary = try readerBinary(fixture)
        for command in [["cases"], ["visits"], ["summary", "1"], ["export"], ["verify"]] {
            let result = try Subprocess.run(Self.asReader + [binary] + command + ["--db", path], environment: fixture.environment)
            #expect(result.status == 0, "\(command): \(result.errors)")
            #expect(result.errors.contains("opened read-only for review"), "\(command): \(result.errors)")
        }
        let csv = fixture.root.appendingPathComponent("cases.csv").path
        let refused = try Subprocess.run(Self.asReader + [binary, "import", csv, "--db", path], environment: fixture.environment)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("read-only review: the database \(path) cannot be written"), "\(refused.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func theDeskOnADatabaseThisUserCannotWriteSaysItIsReadOnlyAndSavesNothing() throws {
        let fixture = try DeskFixture()
        let (path, done) = try readOnlyDemoDatabase(fixture)
        defer { done() }
        let desk = try TmuxSession(Self.asReader + [try readerBinary(fixture), "--db", path, "--lang", "en"], width: 250, height: 40,
                                   environment: fixture.environment)
        try desk.waitFor("read-only review: this user cannot write the database")
        try desk.press("Enter")
        try desk.type("v")
        try desk.press("Tab")
        try desk.press("Tab")
        try desk.type("王强/A1023, 刘洋/A1077")
        try desk.press("Enter")
        try desk.waitFor("Not saved — the write failed: read-only review")
        // A refused start keeps the form open with what was typed; Esc leaves it.
        try desk.press("Escape")
        try desk.type("q")
        try desk.waitFor("[exited 0]")
    }

    @Test func theDeskSaysAtOnceWhenItsDatabaseIsDeleted() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 250)
        #expect(unlink(fixture.database) == 0)
        try desk.waitFor("was deleted or replaced; nothing more is saved")
        try desk.type("q")
        try desk.waitFor("[exited 0]")
    }
}
