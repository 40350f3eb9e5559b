import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct SummaryScreenTests {
    static let summary = SummaryDocument(
        visitID: 7, title: "t",
        document: RecordDocument(language: .en, title: "t", pageHeader: "h", sections: [], matchCode: "m"),
        lines: ["a"], markdown: "a", fileStem: "f")

    @Test func sShowsTheSummaryWherePWAndEscWork() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("s")) == [.loadSummary(visitID: 7, language: .en)])
        AppFixture.send(&state, .summaryLoaded(Self.summary))
        #expect(AppFixture.press(&state, .character("w")) == [.writeSummary(Self.summary)])
        #expect(AppFixture.press(&state, .character("P")) == [.findPrinters(visitID: 7)])
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
    }

    @Test func switchingTheLanguageFetchesTheSummaryAgain() {
        var state = AppFixture.withOpenVisit()
        AppFixture.send(&state, .summaryLoaded(Self.summary))
        #expect(AppFixture.press(&state, .character("L")) == [.loadSummary(visitID: 7, language: .zh)])
    }
}
