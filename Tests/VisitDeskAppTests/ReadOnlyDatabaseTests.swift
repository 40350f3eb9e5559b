import Foundation
import GRDB
import Testing
import TestSupport
import VisitDesk
@testable import VisitDeskApp

/// A database on read-only media: closed cleanly (no WAL beside it), in a folder nobody may write.
struct ReadOnlyDatabaseTests {
    @Test func aCleanlyClosedDatabaseInAFolderThisUserCannotWriteOpensForReview() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-media-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("visitdesk.sqlite").path
        try VisitStore(path: path).insertDemoData()
        // Everything moved from the WAL into the file; the last connection to close removes the WAL.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let files = ["visitdesk.sqlite", "visitdesk.sqlite.evidence"]
        try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let binary = try BuiltProducts.path("visitdesk")
        // As root, whom file modes do not stop, the reader is `nobody`.
        let asReader = (getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []) + [binary]
        let verify = try Subprocess.run(asReader + ["verify", "--db", path], environment: ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent"])
        #expect(verify.status == 0, "\(verify.errors)")
        #expect(verify.output.hasPrefix("checked \(DemoData.visits.count) visits, ") && verify.output.contains("entries: all intact"))
        #expect(verify.output.contains("; 2 evidence files cannot be read by this user, so they are not checked\nledger head "), "\(verify.output)")
        #expect(verify.errors.contains("opened read-only for review"))
        let cases = try Subprocess.run(asReader + ["cases", "--db", path, "--format", "json"], environment: ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent"])
        #expect(cases.status == 0 && cases.output.contains("HB-2025-0113"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files)
    }

    @Test func aReadOnlyDeskSaysSoAndKeepsPersonalDataMaskedBecauseARevealCannotBeLogged() {
        var state = AppFixture.withOpenVisit()
        state.isReadOnly = true
        state.message = nil
        #expect(DeskRenderer.render(state).textLines().contains { $0.contains("read-only review: this user cannot write the database") })
        let effects = AppFixture.press(&state, .character("r"))
        #expect(effects.isEmpty)
        #expect(state.session?.revealed == false)
        #expect(state.message == StatusMessage(text: "read-only review: a reveal cannot be logged, so personal data stays masked", isError: true))
    }
}
