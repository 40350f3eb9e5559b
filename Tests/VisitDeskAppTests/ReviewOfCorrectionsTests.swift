import Foundation
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The read-only review of a visit shows the visitors as corrected (and when), the debtor's
/// account, addenda marked as such, and each of these in the timeline.
struct ReviewOfCorrectionsTests {
    @Test func theReviewShowsCorrectionsTheAccountAndAddenda() {
        var events = AppFixture.agentEvents()
        for kind: VisitEventKind in [
            .visitorsChanged(visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘阳")]),
            .statementRecorded(DebtorStatement(reason: .incomeFell, detail: "工资延迟", attitude: .cooperative)),
            .ended(reason: .completed),
            .addendumAdded(noteID: "a12", text: "下午电话确认还款日"),
        ] {
            events.append(VisitEvent(visitID: 7, sequence: events.count + 1, at: AppFixture.now, kind: kind, hash: ""))
        }
        let lines = ReviewDocument(visit: AppFixture.visit(events), loanCase: AppFixture.cases[0],
                                   playbook: PlaybookLibrary().playbook(id: "agent"), language: .en,
                                   clock: VisitClock(timeZone: AppFixture.shanghai)).lines
        #expect(lines.contains("Visitors: 王强/A1023, 刘阳"))
        #expect(lines.contains("   corrected 10:30: 王强/A1023, 刘阳"))
        #expect(lines.contains("The debtor's account: Income fell (\"工资延迟\"); attitude: Cooperative"))
        #expect(lines.contains("   10:30 [addendum] 下午电话确认还款日"))
        #expect(lines.contains { $0.hasSuffix("visitors corrected: 王强/A1023, 刘阳") })
        #expect(lines.contains { $0.hasSuffix("addendum (after the end): 下午电话确认还款日") })
    }
}
