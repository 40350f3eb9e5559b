import Foundation
import Testing
@testable import VisitDesk

/// The database the user meant, and only while it is still there.
@Suite struct StoreFileTests {
    @Test func openingAnExistingDatabaseRefusesAMissingPathAndCreatesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-missing-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("visitdesk.sqlite").path
        #expect(throws: StoreError.noDatabase(path: path)) { try VisitStore(path: path, opening: .existing) }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(StoreError.noDatabase(path: path).description.hasPrefix("no database at \(path); run `visitdesk init"))
    }

    @Test func aWritableDatabaseOpensForWriting() throws {
        let fixture = try StoreFixture()
        let store = try VisitStore(path: fixture.path, opening: .existing)
        #expect(!store.isReadOnly)
        try store.insertCases(StoreFixture.cases)
    }

    @Test func aDeletedDatabaseFileRefusesTheNextWrite() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(unlink(fixture.path) == 0)
        #expect(throws: StoreError.fileReplaced(path: fixture.path)) {
            try fixture.store.append(.noteAdded(noteID: "n2", text: "写不进去"), to: visit.id, at: Date())
        }
        #expect(throws: StoreError.fileReplaced(path: fixture.path)) { try fixture.store.dataVersion() }
        #expect(StoreError.fileReplaced(path: fixture.path).description
            == "the database file at \(fixture.path) was deleted or replaced; nothing more is saved — restart the desk")
    }

    @Test func aReplacedDatabaseFileRefusesTheNextWrite() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let copy = fixture.path + ".copy"
        try FileManager.default.copyItem(atPath: fixture.path, toPath: copy)
        #expect(rename(copy, fixture.path) == 0)
        #expect(throws: StoreError.fileReplaced(path: fixture.path)) {
            try fixture.store.append(.noteAdded(noteID: "n2", text: "写不进去"), to: visit.id, at: Date())
        }
    }

    @Test func aDeletedWALRefusesTheNextWrite() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        #expect(unlink(fixture.path + "-wal") == 0)
        #expect(throws: StoreError.fileReplaced(path: fixture.path)) { try fixture.startVisit(caseID: cases[0].id!) }
    }
}
