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

    @Test func theListsSplitFieldsAtEveryWhiteSpaceTheStandardLibraryKnows() {
        let samples: [Character] = [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}",
                                    "\u{2000}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
                                    "a", "7", "-", "\u{200B}", "\u{FEFF}", "张", "é", "e\u{301}", "\u{3001}", "𠀀", "🙂"]
        for character in samples {
            #expect(character.isWhitespaceQuickly == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(character.isWhitespaceQuickly == character.isWhitespace, "U+\(String(value, radix: 16))")
        }
        var grams: [String] = []
        CaseSearch.bigrams(in: ["张\u{3000}伟华\u{A0}x"]) { grams.append($0) }
        #expect(grams == ["张 ", "伟华", "x "])
    }

    @Test func aSecondImportAddsToTheListsOfTheFirst() throws {
        let fixture = try StoreFixture()
        try fixture.store.insertCases([StoreFixture.cases[0]])
        try fixture.store.insertCases([StoreFixture.cases[2]])
        #expect(try fixture.store.cases(matching: "张伟", limit: 10).map(\.reference) == ["HB-2025-0113", "HB-2025-0241"])
        #expect(try fixture.store.caseCount(matching: "伟华") == 1)
    }

    @Test func aListTooLongToCountIsTenThousandPlusAndItsPagesHoldOnlyItsCases() throws {
        let fixture = try StoreFixture()
        // 谢强's full pinyin "xieqiang" holds "ng", which the lists leave out; these come first
        // by amount, so a page that tested the full pinyin would show them.
        let pinyinOnly = (0..<4_000).map { index in
            LoanCase(reference: String(format: "XQ-%05d", index), debtorName: "谢强", phone: "", idNumber: "",
                     address: "1栋", product: "花呗", outstanding: Money(fen: Int64(1_000_000 + index)), daysOverdue: 1)
        }
        let listed = (0..<12_000).map { index in
            LoanCase(reference: String(format: "NG-%05d", index), debtorName: "胡娟", phone: "", idNumber: "",
                     address: "Ng路", product: "花呗", outstanding: Money(fen: Int64(index)), daysOverdue: 2)
        }
        try fixture.store.insertCases(pinyinOnly + listed)
        #expect(try fixture.store.caseCountCapped(matching: "ng") == CaseCount(value: CaseCount.cap, isAtLeast: true))
        let page = try fixture.store.caseRows(matching: "ng", order: .amount, limit: 3).map(\.loanCase.reference)
        #expect(page == ["NG-11999", "NG-11998", "NG-11997"])
        let next = try fixture.store.caseRows(matching: "ng", order: .amount, offset: 3, limit: 2).map(\.loanCase.reference)
        #expect(next == ["NG-11996", "NG-11995"])
        // Found by the initials of the name ("hj") and of the address ("ngl" of Ng路) alone.
        for initials in ["hj", "gl"] {
            #expect(try fixture.store.caseRows(matching: initials, order: .amount, limit: 2).map(\.loanCase.reference)
                    == ["NG-11999", "NG-11998"], "\(initials)")
        }
        // A shorter list is still counted exactly.
        #expect(try fixture.store.caseCountCapped(matching: "xq") == CaseCount(value: 4_000))
    }
}
