import Testing
@testable import VisitDesk

@Suite struct SearchTests {
    func references(_ store: VisitStore, _ query: String?) throws -> [String] {
        try store.cases(matching: query, offset: 0, limit: 100).map(\.reference)
    }

    @Test func twoCharacterChineseQueriesUseTheBigramIndex() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try references(fixture.store, "张伟") == ["HB-2025-0113", "HB-2025-0241"])
        #expect(try references(fixture.store, "娜娜") == ["WL-2025-0422"])
        #expect(try references(fixture.store, "浦东") == ["JB-2025-0207"])
        #expect(try references(fixture.store, "承诺") == ["JB-2025-0207"])
        #expect(try fixture.store.caseCount(matching: "张伟") == 2)
    }

    @Test func threeCharacterAndLongerQueriesUseTrigrams() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try references(fixture.store, "张伟华") == ["HB-2025-0241"])
        #expect(try references(fixture.store, "欧阳娜") == ["WL-2025-0422"])
        #expect(try references(fixture.store, "望京街道") == ["HB-2025-0113"])
        #expect(try references(fixture.store, "拒绝沟通") == ["WL-2025-0422"])
        #expect(try references(fixture.store, "hb-2025") == ["HB-2025-0113", "HB-2025-0241"])
        #expect(try references(fixture.store, "张伟国") == [])
    }

    @Test func phoneDigitsMatchWhateverTheSeparators() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try references(fixture.store, "5678") == ["HB-2025-0113", "WL-2025-0422"])
        #expect(try references(fixture.store, "9002") == ["JB-2025-0207"])
        #expect(try references(fixture.store, "1390013") == ["JB-2025-0207"])
        #expect(try references(fixture.store, "139-0013") == ["JB-2025-0207"])
        #expect(try fixture.store.caseCount(matching: "5678") == 2)
    }

    @Test func shortAndEmptyQueries() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try references(fixture.store, "娜") == ["WL-2025-0422", "JB-2025-0207"])
        #expect(try references(fixture.store, "") .count == 4)
        #expect(try references(fixture.store, nil).count == 4)
        #expect(try references(fixture.store, "%") == [])
        #expect(try references(fixture.store, "\"x") == [])
    }

    @Test func searchResultsPageInTheListOrder() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try fixture.store.cases(matching: "微粒贷", offset: 0, limit: 1).isEmpty, "the product is not searched")
        let page1 = try fixture.store.cases(matching: "2025", offset: 0, limit: 2)
        let page2 = try fixture.store.cases(matching: "2025", offset: 2, limit: 2)
        #expect((page1 + page2).map(\.reference) == ["HB-2025-0113", "WL-2025-0422", "JB-2025-0207", "HB-2025-0241"])
    }
}
