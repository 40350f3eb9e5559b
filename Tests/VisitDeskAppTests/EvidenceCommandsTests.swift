import Foundation
import Testing
import TestSupport
import VisitDesk
@testable import VisitDeskApp

/// `visitdesk attach` and `visitdesk evidence` on the built program: what is kept is printed,
/// what cannot be kept is refused with exit status 1, and `verify` fails once a file changes.
@Suite(.serialized) struct EvidenceCommandsTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-evidence-commands-\(UUID().uuidString)")
    var db: String { directory.appendingPathComponent("x.sqlite").path }

    func visitdesk(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run([try BuiltProducts.path("visitdesk")] + arguments + ["--db", db], environment: ["LANG": "C"])
    }

    func file(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func attachPrintsWhatWasKeptAndEvidenceCopiesItOut() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(VisitDeskCommand.run(arguments: ["demo", "--db", db]) == 0)
        let photo = try file("door.jpg", "the door")
        let attached = try visitdesk("attach", "1", photo, "--caption", "门牌")
        #expect(attached.status == 0, "\(attached.errors)")
        let kept = try #require(try VisitStore(path: db).visit(id: 1).attachments.last)
        #expect(attached.output == "visit 1: kept door.jpg · 8 bytes · image/jpeg · sha256 \(kept.sha256)\n")
        #expect(kept.caption == "门牌")

        let letter = try visitdesk("attach", "--case", "HB-2025-0113", try file("letter.pdf", "notice"))
        #expect(letter.status == 0, "\(letter.errors)")
        #expect(letter.output.hasPrefix("case HB-2025-0113: kept letter.pdf · 6 bytes · application/pdf · sha256 "))

        let verified = try visitdesk("verify")
        #expect(verified.status == 0)
        #expect(verified.output.contains("evidence files"))

        let out = directory.appendingPathComponent("out").path
        let exported = try visitdesk("evidence", "1", "--out", out)
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains("door.jpg  8  sha256 \(kept.sha256)"))
        #expect(FileManager.default.contents(atPath: out + "/door.jpg") == Data("the door".utf8))
        #expect(FileManager.default.fileExists(atPath: out + "/manifest.json"))
        #expect(try visitdesk("evidence", "1", "--out", out).status == 1, "an --out with files in it is refused")

        try Data("another door".utf8).write(to: URL(fileURLWithPath: try #require(VisitStore(path: db).evidenceFolder.filePath(sha256: kept.sha256))))
        let broken = try visitdesk("verify")
        #expect(broken.status == 1)
        #expect(broken.errors.contains("visit 1: evidence file door.jpg (sha256 \(kept.sha256)): changed"))
    }

    @Test func whatCannotBeAttachedIsRefusedWithItsPath() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(VisitDeskCommand.run(arguments: ["demo", "--db", db]) == 0)
        let before = try VisitStore(path: db).chainReport().evidenceFileCount
        let missing = directory.appendingPathComponent("nope.jpg").path
        let refused = try visitdesk("attach", "1", missing)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("there is no file \(missing); nothing was saved"))
        #expect(try visitdesk("attach", "1", directory.path).errors.contains("is a folder"))
        #expect(try visitdesk("attach", "99", try file("a.jpg", "a")).errors.contains("there is no visit with id 99"))
        #expect(try visitdesk("attach", "--case", "NO-SUCH", try file("b.jpg", "b")).status == 1)
        #expect(try visitdesk("attach", "1").status == 2, "the file is needed")
        #expect(try visitdesk("attach", "--case", "HB-2025-0113", "1", try file("c.jpg", "c")).status == 2, "with --case only the file")
        #expect(try visitdesk("attach", "one", try file("d.jpg", "d")).status == 2)
        #expect(try VisitStore(path: db).chainReport().evidenceFileCount == before, "nothing was recorded")
    }
}
