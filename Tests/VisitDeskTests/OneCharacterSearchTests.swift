import Foundation
import GRDB
import Testing
@testable import VisitDesk

@Suite("One-character search")
struct OneCharacterSearchTests {
    /// Cases holding characters in every place a one-character search must find them: a name
    /// of one character (its initials line is a lone letter), a digit and a character standing
    /// alone in the address, a one-letter tag.
    static let cases = StoreFixture.cases + [
        LoanCase(reference: "XI-0001", debtorName: "谢", phone: "", idNumber: "", address: "朝阳区 3 号 甲",
                 product: "花呗", outstanding: Money(fen: 100), daysOverdue: 5, tags: ["A", "催 收"]),
        LoanCase(reference: "XI-0002", debtorName: "谢强", phone: "010 8888", idNumber: "", address: "海淀区",
                 product: "花呗", outstanding: Money(fen: 200), daysOverdue: 9),
    ]

    @Test func everyCharacterCountsAndListsExactlyTheCasesHoldingIt() throws {
        let fixture = try StoreFixture()
        let stored = try fixture.store.insertCases(OneCharacterSearchTests.cases)
        var pinyin = Pinyin()
        let texts = stored.map { loanCase in
            (loanCase.reference, CaseSearch.fields(of: loanCase, romanized: CaseSearch.romanized(loanCase, pinyin: &pinyin))
                .joined(separator: "\n"))
        }
        let characters = Set(texts.flatMap { $0.1 }).filter { !$0.isWhitespace }
        #expect(characters.isSuperset(of: ["谢", "3", "甲", "a", "h", "x", "催"]))
        for character in characters {
            let query = String(character)
            let expected = Set(texts.filter { $0.1.contains(character) }.map(\.0))
            #expect(try fixture.store.caseCountCapped(matching: query) == CaseCount(value: expected.count), "\(query)")
            let rows = try fixture.store.caseRows(matching: query, order: .amount, limit: 100).map(\.loanCase)
            #expect(Set(rows.map(\.reference)) == expected, "\(query)")
            #expect(rows.map(\.outstanding.fen) == rows.map(\.outstanding.fen).sorted(by: >), "\(query) in the list's order")
        }
    }

    @Test func aCharacterInMoreThanTenThousandCasesIsCountedAsTenThousandPlusAndPagedInOrder() throws {
        let fixture = try StoreFixture()
        let many = (0..<(CaseCount.cap + 5)).map { index in
            LoanCase(reference: String(format: "XI-%06d", index), debtorName: index.isMultiple(of: 2) ? "谢强" : "王谢",
                     phone: "", idNumber: "", address: "北京市海淀区", product: "花呗",
                     outstanding: Money(fen: Int64(index)), daysOverdue: index % 400)
        }
        try fixture.store.insertCases(many + StoreFixture.cases)
        #expect(try fixture.store.caseCountCapped(matching: "谢") == CaseCount(value: CaseCount.cap, isAtLeast: true))
        let page = try fixture.store.caseRows(matching: "谢", order: .amount, limit: 3).map(\.loanCase.reference)
        #expect(page == ["XI-010004", "XI-010003", "XI-010002"])
        let next = try fixture.store.caseRows(matching: "谢", order: .amount, offset: 3, limit: 2).map(\.loanCase.reference)
        #expect(next == ["XI-010001", "XI-010000"])
        // A character in one case among them is counted exactly.
        #expect(try fixture.store.caseCountCapped(matching: "娜") == CaseCount(value: 2))
        #expect(try fixture.store.caseRows(matching: "娜", limit: 10).count == 2)
    }

    @Test func aCharacterInManyCasesIsPagedInTheListOrder() throws {
        let fixture = try StoreFixture()
        // Half the cases hold 谢 (the list is walked in order, page by page, rather than sorted);
        // 胡娟's full pinyin "hujuan" holds the letter u, which only the case text shows.
        let cases = (0..<300).map { index in
            LoanCase(reference: String(format: "XI-%04d", index), debtorName: index.isMultiple(of: 2) ? "谢强" : "胡娟",
                     phone: "", idNumber: "", address: "1栋", product: "花呗",
                     outstanding: Money(fen: Int64(index * 7 % 300)), daysOverdue: index * 13 % 97)
        }
        let stored = try fixture.store.insertCases(cases)
        for (query, holds) in [("谢", "谢强"), ("u", "胡娟")] {
            for order in [CaseOrder.overdueDays, .amount] {
                let expected = stored.filter { $0.debtorName == holds }.sorted { first, second in
                    let (a, b) = order == .amount ? (first.outstanding.fen, second.outstanding.fen)
                        : (Int64(first.daysOverdue), Int64(second.daysOverdue))
                    return a != b ? a > b : first.id! < second.id!
                }.map(\.reference)
                var paged: [String] = []
                for offset in stride(from: 0, to: 160, by: 7) {
                    paged += try fixture.store.caseRows(matching: query, order: order, offset: offset, limit: 7).map(\.loanCase.reference)
                }
                #expect(paged == expected, "\(query) by \(order)")
                #expect(try fixture.store.caseCountCapped(matching: query) == CaseCount(value: 150))
            }
        }
    }

    @Test func aDatabaseListedBeforeLoneCharactersFindsThemWhenOpened() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("visitdesk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v3-case-list")
        try queue.write { db in
            // As the lists were written then: pairs only.
            try db.execute(sql: """
                INSERT INTO loanCase (id, reference, debtorName, phone, idNumber, address, product, outstandingFen,
                                      daysOverdue, status, assignedAgent, tags)
                    VALUES (1, 'A-1', '张伟', '', '', '北京 甲', '花呗', 100, 3, 'open', '', '[]');
                INSERT INTO caseSearch (rowid, text) VALUES (1, 'a-1' || char(10) || '张伟' || char(10) || char(10) || '北京 甲');
                INSERT INTO caseBigramList (gram, caseIDs) VALUES ('a-', '[1]'), ('-1', '[1]'), ('张伟', '[1]'), ('北京', '[1]');
                """)
        }
        try queue.close()
        let store = try VisitStore(path: path)
        #expect(try store.caseCountCapped(matching: "甲") == CaseCount(value: 1))
        #expect(try store.caseRows(matching: "甲", limit: 10).map(\.loanCase.reference) == ["A-1"])
        #expect(try store.caseCountCapped(matching: "京") == CaseCount(value: 1))
        #expect(try store.caseCountCapped(matching: "乙") == CaseCount(value: 0))
    }
}
