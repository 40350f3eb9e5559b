import Foundation
import Testing
@testable import VisitDesk

/// The record shows what was written besides the checklist: visitors corrected (and who was
/// listed at the start), the debtor's account as fields, and addenda marked with their time.
struct RecordOfCorrectionsTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    static func summary(role: Role = .agent) throws -> VisitSummary {
        let start = StoreFixture.start
        let kinds: [VisitEventKind] = [
            .started(role: role, playbookID: role.rawValue, visitors: [Visitor(name: "王磊", badge: "A-001")], location: "家中"),
            .visitorsChanged(visitors: [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "赵敏")]),
            .statementRecorded(DebtorStatement(reason: .illness, detail: "住院两个月", attitude: .cooperative)),
            .ended(reason: .askedToLeave),
            .addendumAdded(noteID: "a5", text: "离开后补记：对方要求改日再谈"),
        ]
        let events = kinds.enumerated().map { index, kind in
            VisitEvent(visitID: 1, sequence: index + 1, at: start.addingTimeInterval(Double(index) * 600), kind: kind, hash: "h\(index)")
        }
        let visit = try VisitState.fold(events, caseID: 1)
        let playbook = PlaybookLibrary().playbook(id: role.rawValue)!
        return VisitSummary.make(visit: visit, loanCase: StoreFixture.cases[0], playbook: playbook, warnings: [],
                                 timeZone: shanghai, now: start.addingTimeInterval(7_200))
    }

    @Test func theRecordNamesTheCorrectionTheAccountAndTheAddendum() throws {
        let markdown = try Self.summary().document(language: .en).markdown
        #expect(markdown.contains("王磊 (A-001), 赵敏"))
        #expect(markdown.contains("Corrected 10:10"))
        #expect(markdown.contains("listed at start: 王磊 (A-001)"))
        #expect(markdown.contains("Illness or injury: 住院两个月"))
        #expect(markdown.contains("Cooperative"))
        #expect(markdown.contains("10:40  [addendum, after the end] 离开后补记：对方要求改日再谈"))
        #expect(markdown.contains("Asked to leave — the visit must stop now"))
    }

    @Test func theDebtorsRecordSpeaksInTheirWords() throws {
        let markdown = try Self.summary(role: .debtor).document(language: .zh).markdown
        #expect(markdown.contains("我请他们离开了"))
        #expect(markdown.contains("来访的人"))
        #expect(markdown.contains("【结束后补记】"))
    }

    @Test func theJSONCarriesThemAsFields() throws {
        let json = try Self.summary().json()
        #expect(json.contains("\"visitorChanges\""))
        #expect(json.contains("\"reason\": \"illness\"") || json.contains("\"reason\":\"illness\""))
        #expect(json.contains("\"addendum\": true") || json.contains("\"addendum\":true"))
    }
}
