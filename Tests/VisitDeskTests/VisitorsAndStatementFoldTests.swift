import Foundation
import Testing
@testable import VisitDesk

/// Visitors corrected during a visit and the debtor's account: folded, undone, stored and
/// verified; visits written before these kinds existed fold and hash as before.
struct VisitorsAndStatementFoldTests {
    @Test func correctedVisitorsReplaceTheListAndKeepTheStartInTheRecord() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let corrected = [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "赵敏")]
        try fixture.store.append(.visitorsChanged(visitors: corrected), to: visit.id, at: StoreFixture.start.addingTimeInterval(300))
        let folded = try fixture.store.visit(id: visit.id)
        #expect(folded.visitors == corrected)
        #expect(folded.visitorChanges.map(\.visitors) == [corrected])
        guard case .started(_, _, let atStart, _, _)? = folded.events.first?.kind else { Issue.record("no start"); return }
        #expect(atStart == StoreFixture.visitors)
        #expect(try fixture.store.verify() == [])
    }

    @Test func undoingACorrectionBringsBackTheEarlierList() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let change = try fixture.store.append(.visitorsChanged(visitors: [Visitor(name: "王磊")]), to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.undone(sequence: change.sequence), to: visit.id, at: StoreFixture.start)
        let folded = try fixture.store.visit(id: visit.id)
        #expect(folded.visitors == StoreFixture.visitors)
        #expect(folded.visitorChanges.isEmpty)
    }

    @Test func theDebtorsAccountIsKeptAsFieldsAndTheLatestCounts() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        let first = DebtorStatement(reason: .lostJob, detail: "工厂裁员", attitude: .hesitant)
        let second = DebtorStatement(reason: .lostJob, detail: "工厂裁员，正在找工作", attitude: .willingButUnable)
        try fixture.store.append(.statementRecorded(first), to: visit.id, at: StoreFixture.start)
        try fixture.store.append(.statementRecorded(second), to: visit.id, at: StoreFixture.start)
        #expect(try fixture.store.visit(id: visit.id).statement == second)
        #expect(try fixture.store.verify() == [])
    }

    @Test func aControlCharacterInTheAccountOrAVisitorIsRefused() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        #expect(throws: StoreError.self) {
            try fixture.store.append(.statementRecorded(DebtorStatement(reason: .other, detail: "a\u{1B}[2J", attitude: .hostile)),
                                     to: visit.id, at: Date())
        }
        #expect(throws: StoreError.self) {
            try fixture.store.append(.visitorsChanged(visitors: [Visitor(name: "王\u{202E}磊")]), to: visit.id, at: Date())
        }
    }

    /// A `started` payload exactly as the version before badges were optional wrote it.
    @Test func anEventWrittenBeforeTheNewKindsDecodesAndHashesTheSame() throws {
        let payload = #"{"at":"2026-01-01T02:00:00.000Z","kind":{"started":{"location":"家中","playbookID":"agent","role":"agent","visitors":[{"badge":"A-001","name":"王磊"}]}},"sequence":1,"visitID":1}"#
        let event = try EventChain.decode(visitID: 1, sequence: 1, payload: payload, hash: "h", decoder: JSONDecoder())
        guard case .started(_, _, let visitors, _, _) = event.kind else { Issue.record("not a start"); return }
        #expect(visitors == [Visitor(name: "王磊", badge: "A-001")])
        let again = try EventChain.payload(visitID: 1, sequence: 1, at: event.at, kind: event.kind, encoder: EventChain.encoder())
        #expect(again == payload, "re-encoding an old event gives the bytes its hash was taken over")
        let state = try VisitState.fold([event], caseID: 1)
        #expect(state.visitorChanges.isEmpty && state.statement == nil && state.notes.isEmpty)
    }

    @Test func theVisitorsFieldReadsNamesWithAndWithoutBadges() throws {
        #expect(try VisitorList.parse("王磊/WF-0312, 赵敏，钱涛 / WF-0718").get()
            == [Visitor(name: "王磊", badge: "WF-0312"), Visitor(name: "赵敏"), Visitor(name: "钱涛", badge: "WF-0718")])
        #expect(try VisitorList.parse("").get() == [])
        #expect(VisitorList.typed([Visitor(name: "王磊", badge: "WF-0312"), Visitor(name: "赵敏")]) == "王磊/WF-0312, 赵敏")
        #expect(VisitorList.parse("赵敏, 赵敏") == .failure(.nameTwice(name: "赵敏")))
        #expect(VisitorList.parse("赵敏/WF-1, 赵敏") == .success([Visitor(name: "赵敏", badge: "WF-1"), Visitor(name: "赵敏")]))
        #expect(VisitorList.parse("/WF-1") == .failure(.missingName(entry: "/WF-1")))
    }

    @Test func theEventExportNamesTheNewKindsAndTheirFields() {
        let kinds: [VisitEventKind] = [
            .visitorsChanged(visitors: [Visitor(name: "赵敏")]),
            .statementRecorded(DebtorStatement(reason: .otherDebts, detail: "信用卡", attitude: .evasive)),
            .addendumAdded(noteID: "a3", text: "补记"),
        ]
        let events = kinds.enumerated().map { VisitEvent(visitID: 1, sequence: $0.offset + 2, at: StoreFixture.start, kind: $0.element, hash: "h") }
        let json = EventExport.json(events)
        for expected in ["\"kind\" : \"visitorsChanged\"", "\"name\" : \"赵敏\"", "\"kind\" : \"statementRecorded\"",
                         "\"reason\" : \"otherDebts\"", "\"attitude\" : \"evasive\"", "\"kind\" : \"addendumAdded\"", "\"text\" : \"补记\""] {
            #expect(json.contains(expected), "\(expected)")
        }
    }
}
