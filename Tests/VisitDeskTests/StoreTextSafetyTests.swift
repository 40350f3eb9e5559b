import Foundation
import Testing
@testable import VisitDesk

@Suite("The store refuses event texts with control characters")
struct StoreTextSafetyTests {
    @Test func aNoteWithAnEscapeSequenceIsRefusedAndNothingIsAppended() throws {
        let fixture = try StoreFixture()
        let loanCase = try fixture.insertCases()[0]
        let visit = try fixture.startVisit(caseID: loanCase.id!)
        let at = StoreFixture.start.addingTimeInterval(60)
        #expect(throws: StoreError.unsafeText(field: "note", character: SafeText.UnsafeCharacter(line: 1, column: 3, scalar: "\u{1B}"))) {
            try fixture.store.append(.noteAdded(noteID: "n1", text: "他说\u{1B}[2J"), to: visit.id, at: at)
        }
        #expect(try fixture.store.statistics().eventCount == 1)
        try fixture.store.append(.noteAdded(noteID: "n1", text: "第一行\n第二行"), to: visit.id, at: at)
        #expect(try fixture.store.statistics().eventCount == 2)
    }

    @Test func aVisitorNameWithAnEscapeIsRefusedAndNoVisitIsLeftBehind() throws {
        let fixture = try StoreFixture()
        let loanCase = try fixture.insertCases()[0]
        let visitors = [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "赵\u{1B}]52;c;eA==\u{07}敏", badge: "A-002")]
        do {
            _ = try fixture.store.startVisit(caseID: loanCase.id!, role: .agent, playbookID: "agent", visitors: visitors,
                                             location: "家中", at: StoreFixture.start)
            Issue.record("the visit should have been refused")
        } catch {
            #expect(error == .unsafeText(field: "visitors[2].name", character: SafeText.UnsafeCharacter(line: 1, column: 2, scalar: "\u{1B}")))
            #expect(error.description.hasPrefix("the visitors[2].name holds U+001B (escape) at line 1, column 2;"))
        }
        #expect(try fixture.store.statistics().visitCount == 0)
    }

    @Test(arguments: [
        (VisitEventKind.started(role: .agent, playbookID: "agent", visitors: [Visitor(name: "王磊", badge: "A\u{9B}1")], location: "家中"), "visitors[1].badge"),
        (.started(role: .agent, playbookID: "agent", visitors: [Visitor(name: "王磊", badge: "A-1")], location: "家中\u{202E}"), "location"),
        (.itemMarked(itemID: "arrival.staff-id", mark: .skipped(reason: "不在\u{07}")), "skip reason"),
        (.noteAmended(noteID: "n1", text: "改\u{0}"), "note"),
        (.outcomeRecorded(.disputed(reason: "金额\u{1B}[2J")), "outcome reason"),
        (.outcomeRecorded(.thirdPartyOnly(who: "母亲\t")), "outcome who"),
        (.outcomeRecorded(.rescheduled(date: CalendarDay(year: 2026, month: 12, day: 1), note: "下周\n再谈")), "outcome note"),
    ])
    func everyEventTextIsChecked(kind: VisitEventKind, field: String) {
        #expect(kind.firstUnsafeText()?.field == field)
    }

    @Test func aCaseReferenceAlreadyInTheStoreRefusesTheWholeImport() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        var again = StoreFixture.cases[1]
        again.debtorName = "另一人"
        var fresh = StoreFixture.cases[0]
        fresh.reference = "NEW-1"
        #expect(throws: StoreError.duplicateReference(again.reference)) {
            try fixture.store.insertCases([fresh, again])
        }
        #expect(try fixture.store.statistics().caseCount == StoreFixture.cases.count)
        #expect(try fixture.store.caseCount(matching: "NEW-1") == 0)
    }

    @Test func importedCasesAreFoundByTwoAndThreeCharacterSearches() throws {
        let fixture = try StoreFixture()
        try fixture.insertCases()
        #expect(try fixture.store.cases(matching: "张伟", limit: 10).map(\.reference) == ["HB-2025-0113", "HB-2025-0241"])
        #expect(try fixture.store.cases(matching: "欧阳娜", limit: 10).map(\.reference) == ["WL-2025-0422"])
        #expect(try fixture.store.cases(matching: "首次", limit: 10).map(\.reference) == ["HB-2025-0113"])
    }
}
