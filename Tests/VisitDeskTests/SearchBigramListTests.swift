import Foundation
import GRDB
import Testing
@testable import VisitDesk

@Suite("Two-character search lists")
struct SearchBigramListTests {
    @Test func aDatabaseWithTheOldBigramTableKeepsItsTwoCharacterSearches() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v1-search")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO loanCase VALUES (1, 'A-1', '张伟', '', '', '朝阳区', '花呗', 100, 3, 'open', '', '[]');
                INSERT INTO loanCase VALUES (2, 'A-2', '张伟华', '', '', '海淀区', '花呗', 100, 2, 'open', '', '[]');
                INSERT INTO caseBigram VALUES ('张伟', 2), ('张伟', 1), ('伟华', 2), ('朝阳', 1);
                """)
        }
        try queue.close()
        let store = try VisitStore(path: path)
        #expect(try store.cases(matching: "张伟", limit: 10).map(\.reference) == ["A-1", "A-2"])
        #expect(try store.cases(matching: "伟华", limit: 10).map(\.reference) == ["A-2"])
        #expect(try store.caseCount(matching: "朝阳") == 1)
    }

    @Test func aSecondImportAddsToTheListsOfTheFirst() throws {
        let fixture = try StoreFixture()
        try fixture.store.insertCases([StoreFixture.cases[0]])
        try fixture.store.insertCases([StoreFixture.cases[2]])
        #expect(try fixture.store.cases(matching: "张伟", limit: 10).map(\.reference) == ["HB-2025-0113", "HB-2025-0241"])
        #expect(try fixture.store.caseCount(matching: "伟华") == 1)
    }
}
