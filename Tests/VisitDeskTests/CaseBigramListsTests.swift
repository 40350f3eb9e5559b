import Testing
@testable import VisitDesk

@Suite("Two-character lists gathered by scalar pairs")
struct CaseBigramListsTests {
    /// Cases whose fields mix the plain text walked by scalar with characters that are not,
    /// some of them other spellings Swift finds equal (Kelvin sign and K, decomposed and
    /// composed é, a compatibility ideograph and its unified one, the Greek question mark and
    /// the semicolon, the Greek varia and the grave accent).
    static let fieldsByCase: [(id: Int64, fields: [String])] = [
        (1, ["\u{212A}x 张伟", "z"]),
        (2, ["Kx", "张伟华", "a\r\nb"]),
        (3, ["e\u{301}x", "éx 朝阳区", "\u{F900}a"]),
        (4, ["\u{8C48}a", "x\u{3000}y", "阿卜杜·热合曼"]),
        (5, ["🙂a", "Kx", "e\u{301}x"]),
        (6, ["a\u{37E}（", "\u{1FEF}b", "a;", "`b", "张伟，朝阳"]),
        (7, ["张伟", "  张 伟  ", ""]),
    ]

    @Test func theListsAreThoseOfGramsGatheredAsStrings() {
        var byString: [String: [Int64]] = [:]
        var byPair = CaseBigramLists()
        for (id, fields) in CaseBigramListsTests.fieldsByCase {
            CaseSearch.bigrams(in: fields) { gram in byString[gram, default: []].appendUnlessLast(id) }
            byPair.add(fields, of: id)
        }
        // Compared by bytes: the key a list is stored under must be spelled as before.
        let expected = byString.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        let gathered = byPair.lists.map { (Array($0.gram.utf8), $0.caseIDs) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        #expect(gathered.map(\.0) == expected.map(\.0))
        #expect(gathered.map(\.1) == expected.map(\.1))
        #expect(byPair.lists.contains { Array($0.gram.utf8) == Array("\u{212A}x".utf8) && $0.caseIDs == [1, 2, 5] })
    }

    @Test func quickLowercasingIsTheStandardLibrarys() {
        for text in ["ABC张伟", "Zhang Wei 88号", "ÀB", "\u{212A}", "İstanbul", "ΣΑΣ", "Ab\u{301}", "", "\r\nA\t", "FULLＡ"] {
            #expect(text.lowercasedQuickly() == text.lowercased())
            #expect(Array(text.lowercasedQuickly().utf8) == Array(text.lowercased().utf8))
        }
    }
}
