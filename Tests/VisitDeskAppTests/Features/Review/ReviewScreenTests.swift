import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// A past visit read-only: over the list it was opened from, with its summary one key away.
struct ReviewScreenTests {
    @Test func aReviewOpensOverTheListAndSShowsItsSummary() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("H"))
        AppFixture.send(&state, .reviewLoaded(visitID: 7, heading: "Review", lines: ["a", "b"]))
        #expect(state.screens.last is ReviewScreen)
        #expect(AppFixture.press(&state, .character("s")) == [.loadSummary(visitID: 7, language: .en)])
        AppFixture.press(&state, .escape)
        #expect(state.screens.last is HistoryScreen)
    }

    @Test func switchingTheLanguageFetchesTheReviewAgain() {
        var state = AppFixture.withOpenVisit()
        AppFixture.send(&state, .reviewLoaded(visitID: 7, heading: "Review", lines: ["a"]))
        #expect(AppFixture.press(&state, .character("L")) == [.openReview(visitID: 7, language: .zh)])
    }

    @Test func listKeysScrollTheDocumentAndNothingCanBeChanged() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        AppFixture.send(&state, .reviewLoaded(visitID: 7, heading: "Review", lines: (1...100).map { "line \($0)" }))
        AppFixture.press(&state, .pageDown)
        #expect((state.screens.last as? ReviewScreen)?.scroll ?? 0 > 0)
        for key in [" ", "x", "n", "o", "e", "u"] {
            #expect(AppFixture.press(&state, .character(Character(key))).isEmpty, "\(key) does nothing in a review")
        }
        #expect(state.keyBar().mode == "review")
    }
}
