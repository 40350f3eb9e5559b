import Foundation
import Testing
@testable import VisitDesk

/// Evidence attached through the store: the file kept beside the database, the event in the
/// visit's or case's chain, `verify` checking both, and the export with its manifest.
@Suite struct EvidenceStoreTests {
    let fixture: StoreFixture
    let cases: [LoanCase]

    init() throws {
        fixture = try StoreFixture()
        cases = try fixture.insertCases()
    }

    var store: VisitStore { fixture.store }

    func file(_ name: String, _ text: String) throws -> String {
        let path = fixture.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A visit with a photo and a recording attached, and a letter attached to the case.
    func attached() throws -> (visit: VisitState, photo: VisitDesk.Attachment, letter: VisitDesk.Attachment) {
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let photo = try store.attachEvidence(fileAt: try file("door.jpg", "the door"), caption: "门牌", toVisit: visit.id,
                                             at: StoreFixture.start.addingTimeInterval(60), after: visit)
        let recording = try store.attachEvidence(fileAt: try file("talk.m4a", "we talked"), caption: "", toVisit: visit.id,
                                                 at: StoreFixture.start.addingTimeInterval(120), after: photo.visit)
        let event = try store.attachEvidence(fileAt: try file("letter.pdf", "notice"), caption: "催收通知", caseID: cases[0].id!,
                                             at: StoreFixture.start)
        guard case .evidenceAttached(let letter) = event.kind else { throw EvidenceError.missing(path: "letter") }
        return (recording.visit, photo.attachment, letter)
    }

    @Test func theVisitAndTheCaseKeepWhatWasAttachedAndVerifyChecksEveryFile() throws {
        let (visit, photo, letter) = try attached()
        #expect(visit.attachments.map(\.name) == ["door.jpg", "talk.m4a"])
        #expect(try store.visit(id: visit.id).attachedEvidence.map(\.at)
                == [StoreFixture.start.addingTimeInterval(60), StoreFixture.start.addingTimeInterval(120)])
        #expect(photo.caption == "门牌" && photo.size == 8 && photo.type == "image/jpeg")
        #expect(try store.caseRecords(caseID: cases[0].id!).attachments.map(\.value) == [letter])
        #expect(store.evidenceFolder.path == store.path + ".evidence")
        let report = try store.chainReport()
        #expect(report.isIntact, "\(report.problemDescriptions)")
        #expect(report.evidenceFileCount == 3)
        #expect(report.description.contains(", 3 evidence files, "))
    }

    @Test func verifyNamesADeletedAndAChangedFile() throws {
        let (visit, photo, letter) = try attached()
        let folder = store.evidenceFolder
        try FileManager.default.removeItem(atPath: try #require(folder.filePath(sha256: letter.sha256)))
        try Data("another door".utf8).write(to: URL(fileURLWithPath: try #require(folder.filePath(sha256: photo.sha256))))
        let report = try store.chainReport()
        #expect(!report.isIntact)
        #expect(report.problems.isEmpty && report.caseProblems.isEmpty, "the chains themselves are whole")
        #expect(report.evidenceProblems.map(\.owner) == [.visit(id: visit.id), .loanCase(reference: "HB-2025-0113")])
        #expect(report.evidenceProblems.map(\.name) == ["door.jpg", "letter.pdf"])
        // The SHA-256 of "another door" (sha256sum).
        #expect(report.evidenceProblems.map(\.state) == [.changed(actual: "3d980167f3a19e5950025abdf42750e8d469e5782222e359f4c17ff94b67f7a7"), .missing])
        let described = report.problemDescriptions.joined(separator: "\n")
        #expect(described.contains("visit \(visit.id): evidence file door.jpg (sha256 \(photo.sha256)): changed"))
        #expect(described.contains("case HB-2025-0113: evidence file letter.pdf (sha256 \(letter.sha256)): missing"))
        #expect(report.description.hasSuffix("2 problems"))
    }

    @Test func evidenceIsTakenAfterTheEndEvenAfterAskedToLeave() throws {
        for reason in [EndReason.completed, .askedToLeave] {
            let visit = try fixture.startVisit(caseID: cases[reason == .completed ? 1 : 2].id!)
            let ended = try store.append(.ended(reason: reason), to: visit.id, at: StoreFixture.start.addingTimeInterval(600), after: visit)
            let kept = try store.attachEvidence(fileAt: try file("after-\(reason).jpg", "\(reason)"), caption: "",
                                                toVisit: visit.id, at: StoreFixture.start.addingTimeInterval(3_600), after: ended)
            #expect(kept.visit.attachments.count == 1)
            #expect(kept.visit.isEnded)
        }
    }

    @Test func aRefusedAttachmentRecordsNothing() throws {
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let photo = try file("door.jpg", "the door")
        #expect(throws: StoreError.visitNotFound(id: 99)) {
            try store.attachEvidence(fileAt: photo, caption: "", toVisit: 99, at: StoreFixture.start, after: nil)
        }
        #expect(throws: StoreError.caseNotFound(id: 99)) { try store.attachEvidence(fileAt: photo, caption: "", caseID: 99, at: StoreFixture.start) }
        #expect(throws: StoreError.self) {
            try store.attachEvidence(fileAt: photo, caption: "bell\u{07}", toVisit: visit.id, at: StoreFixture.start, after: visit)
        }
        #expect(throws: EvidenceError.missing(path: photo + ".missing")) {
            try store.attachEvidence(fileAt: photo + ".missing", caption: "", toVisit: visit.id, at: StoreFixture.start, after: visit)
        }
        #expect(try store.visit(id: visit.id).attachments.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.evidenceFolder.path), "nothing was copied for a refused attachment")
    }

    @Test func anAttachmentRecordOutOfFormIsRefused() throws {
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let good = String(repeating: "ab", count: 32)
        for attachment in [VisitDesk.Attachment(name: "a", size: 1, type: "text/plain", sha256: "../../etc/passwd", caption: ""),
                           VisitDesk.Attachment(name: "a", size: 1, type: "text/plain", sha256: good.uppercased(), caption: ""),
                           VisitDesk.Attachment(name: "a", size: -1, type: "text/plain", sha256: good, caption: ""),
                           VisitDesk.Attachment(name: "a", size: EvidenceFolder.maximumSize + 1, type: "text/plain", sha256: good, caption: "")] {
            #expect(throws: StoreError.self) { try store.append(.evidenceAttached(attachment), to: visit.id, at: StoreFixture.start) }
            #expect(throws: StoreError.self) { try store.record(.evidenceAttached(attachment), caseID: cases[0].id!, at: StoreFixture.start) }
        }
        #expect(try store.events(visitID: visit.id).count == 1)
    }

    @Test func theExportCopiesTheFilesUnderSafeDistinctNamesWithAManifest() throws {
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        var shown = visit
        for (name, text) in [("door.jpg", "one"), ("door.jpg", "two"), ("../manifest.json", "three"), ("门牌 照片.jpg", "four")] {
            let folder = fixture.directory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            shown = try store.attachEvidence(fileAt: path, caption: text, toVisit: visit.id, at: StoreFixture.start, after: shown).visit
        }
        let export = EvidenceExport(visitID: visit.id, caseReference: "HB-2025-0113", evidence: shown.attachedEvidence)
        #expect(export.entries.map(\.file) == ["door.jpg", "door-2.jpg", "manifest-2.json", "_____.jpg"])
        let out = fixture.directory.appendingPathComponent("out").path
        try export.write(to: out, from: store.evidenceFolder)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["_____.jpg", "door-2.jpg", "door.jpg", "manifest-2.json", "manifest.json"])
        #expect(FileManager.default.contents(atPath: out + "/door-2.jpg") == Data("two".utf8))
        for file in files {
            #expect(try FileManager.default.attributesOfItem(atPath: out + "/" + file)[.posixPermissions] as? Int == 0o600)
        }
        let manifest = try JSONSerialization.jsonObject(with: try #require(FileManager.default.contents(atPath: out + "/manifest.json")))
        let object = try #require(manifest as? [String: Any])
        #expect(object["visitID"] as? Int == Int(visit.id))
        #expect(object["case"] as? String == "HB-2025-0113")
        let listed = try #require(object["files"] as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["door.jpg", "door.jpg", "manifest.json", "门牌 照片.jpg"])
        #expect(listed[1]["file"] as? String == "door-2.jpg")
        #expect(listed[1]["caption"] as? String == "two")
        #expect(listed[1]["size"] as? Int == 3)
        #expect(listed[1]["sha256"] as? String == shown.attachments[1].sha256)
        #expect(listed[1]["attachedAt"] as? String == Timestamp.iso8601(StoreFixture.start))
        #expect(throws: EvidenceError.outputNotEmpty(path: out), "a folder with files in it is refused") {
            try export.write(to: out, from: store.evidenceFolder)
        }
    }

    @Test func anExportStopsAtAChangedFileAndLeavesNothing() throws {
        let (visit, photo, _) = try attached()
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: try #require(store.evidenceFolder.filePath(sha256: photo.sha256))))
        let out = fixture.directory.appendingPathComponent("out").path
        let export = EvidenceExport(visitID: visit.id, caseReference: "HB-2025-0113", evidence: visit.attachedEvidence)
        #expect(throws: EvidenceError.notKept(name: "door.jpg", sha256: photo.sha256)) { try export.write(to: out, from: store.evidenceFolder) }
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
