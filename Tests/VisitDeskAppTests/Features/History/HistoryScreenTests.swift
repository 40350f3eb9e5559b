import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct HistoryScreenTests {
    @Test func hAndCapitalHListPastVisitsAndEnterReviews() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("h")) == [.loadHistory(caseID: 1, query: "")])
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
        #expect(AppFixture.press(&state, .character("H")) == [.loadHistory(caseID: nil, query: "")])
        let row = VisitListRow(id: 7, caseID: 1, caseReference: "HB-2025-0113", debtorName: "张伟", role: .agent, playbookID: "agent",
                               startedAt: AppFixture.now, endedAt: nil, endReason: nil, outcomeCode: nil, eventCount: 8)
        AppFixture.send(&state, .historyLoaded([row]))
        #expect(AppFixture.press(&state, .enter) == [.openReview(visitID: 7, language: .en)])
        AppFixture.press(&state, .character("/"))
        #expect(AppFixture.type(&state, "张") == [.loadHistory(caseID: nil, query: "张")])
    }
}
