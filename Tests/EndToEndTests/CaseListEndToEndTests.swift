import Foundation
import TestSupport
import Testing

/// The case list at 80×24 as a user reads it: its order changed with `S`, found by pinyin,
/// and a row that shows the open visit.
@Suite(.serialized)
struct CaseListEndToEndTests {
    @Test func sSortsTheListAndPinyinFindsACase() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 80, height: 24)
        try desk.waitFor("Cases (3) ↓overdue")
        func names(_ screen: String) -> [String] {
            ["李娜", "王建国", "赵敏"].compactMap { name in screen.range(of: name).map { (name, $0.lowerBound) } }
                .sorted { $0.1 < $1.1 }.map(\.0)
        }
        // Amounts: 李娜 ¥62k, 王建国 ¥8.3k, 赵敏 ¥450; references HB-…0101, JB-…0102, HB-…0103.
        try desk.type("S")
        try desk.waitFor("↓amount")
        try desk.type("S")
        try desk.waitFor("↑next action")
        try desk.type("S")
        let byReference = try desk.waitUntil("the list by reference") { $0.contains("Cases (3) ↑reference") && names($0).count == 3 }
        #expect(names(byReference) == ["李娜", "赵敏", "王建国"])
        try desk.type("S")
        let byOverdue = try desk.waitUntil("the list by days overdue") { $0.contains("Cases (3) ↓overdue") && names($0).count == 3 }
        #expect(names(byOverdue) == ["李娜", "王建国", "赵敏"])

        try desk.type("/")
        try desk.type("wjg")
        let initials = try desk.waitUntil("王建国 found by initials") { $0.contains("Cases (1)") && $0.contains("王建国") }
        #expect(!initials.contains("李娜"))
        try desk.press("Escape")
        try desk.waitFor("Cases (3)")
        try desk.type("/")
        try desk.type("zhaomin")
        let full = try desk.waitUntil("赵敏 found by full pinyin") { $0.contains("Cases (1)") && $0.contains("赵敏") }
        #expect(!full.contains("王建国"))
        try desk.press("Escape")
        try desk.type("/")
        try desk.type("chaoyang")
        try desk.waitUntil("李娜 found by the pinyin of her district") { $0.contains("Cases (1)") && $0.contains("李娜") }
        try desk.press("Escape")
        try desk.waitFor("Cases (3)")
    }

    @Test func aStartedVisitShowsItsMarkInTheRow() throws {
        let fixture = try DeskFixture()
        let desk = try fixture.openDesk(width: 80, height: 24)
        try desk.startVisitOnFirstCase()
        let screen = try desk.waitUntil("the open-visit mark on the row") { $0.contains("▶·●李娜") }
        #expect(screen.contains("¥62k 120d"))
    }
}
