import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// In the debtor role the desk speaks to the debtor — "who came", "I asked them to leave" —
/// never in the agent's words, on every screen of their visit at 80×24.
struct DebtorVoiceTests {
    /// The desk at 80×24 with case 1's debtor visit open.
    static func debtorVisit(ended reason: EndReason? = nil) -> DeskState {
        var state = AppFixture.state(width: 80, height: 24)
        var kinds: [VisitEventKind] = [.started(role: .debtor, playbookID: "debtor", visitors: [Visitor(name: "陈某", badge: "工号0931"), Visitor(name: "周某")], location: "家门口")]
        if let reason { kinds.append(.ended(reason: reason)) }
        let events = kinds.enumerated().map { VisitEvent(visitID: 8, sequence: $0.offset + 1, at: AppFixture.now, kind: $0.element, hash: "") }
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(events), draft: nil))
        return state
    }

    @Test func theStartFormSpeaksToTheDebtorOnceTheRoleIsChosen() {
        var state = AppFixture.state(width: 80, height: 24)
        AppFixture.press(&state, .character("v"), .character(" "))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("Record a visit to me"))
        #expect(screen.contains("Who came"))
        #expect(!screen.contains("Visitors"))
    }

    @Test func theEndDialogSaysHowTheVisitEndedInTheDebtorsWords() {
        var state = Self.debtorVisit()
        AppFixture.press(&state, .character("e"))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("How did the visit end?"))
        #expect(screen.contains("I asked them to leave (a)"))
        #expect(!screen.contains("Asked to leave"))
    }

    @Test func theAgentsEndDialogSaysTheVisitMustStop() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        AppFixture.press(&state, .character("e"))
        #expect(AppFixture.screenText(state).contains("Asked to leave — the visit must stop now (a)"))
    }

    @Test func theOutcomeListIsWhatWeAgreed() {
        var state = Self.debtorVisit()
        AppFixture.press(&state, .character("o"))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("What did we agree?"))
        #expect(screen.contains("I promised to pay (p)"))
        #expect(screen.contains("I asked them to leave (x)"))
        #expect(!screen.contains("Refused to pay"))
    }

    @Test func correctingWhoCameSaysWhoCame() {
        var state = Self.debtorVisit()
        AppFixture.press(&state, .character("V"))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("Correct who came"))
        #expect(screen.contains("陈某/工号0931, 周某"))
    }

    @Test func aLockedRecordSaysIAskedThemToLeave() {
        var state = Self.debtorVisit(ended: .askedToLeave)
        AppFixture.press(&state, .character(" "))
        #expect(state.message?.text == "I asked them to leave: the record is locked; only addenda (n) can be added")
        #expect(AppFixture.screenText(state).contains("Locked (I as"))
    }

    @Test func theReviewNamesWhoCame() {
        let visit = Self.debtorVisit(ended: .completed).session!.visit!
        let lines = ReviewDocument(visit: visit, loanCase: AppFixture.cases[0], playbook: PlaybookLibrary().playbook(id: "debtor"),
                                   language: .en, clock: VisitClock(timeZone: AppFixture.shanghai)).lines
        #expect(lines.contains("Who came: 陈某/工号0931, 周某"))
        #expect(lines.contains("Ended: The visit is over"))
    }

    @Test func theOutcomeShownInTheStagePaneIsInTheDebtorsWords() {
        var state = AppFixture.state(width: 80, height: 24)
        let kinds: [VisitEventKind] = [
            .started(role: .debtor, playbookID: "debtor", visitors: [Visitor(name: "陈某")], location: "家门口"),
            .outcomeRecorded(.askedToLeave),
        ]
        let events = kinds.enumerated().map { VisitEvent(visitID: 8, sequence: $0.offset + 1, at: AppFixture.now, kind: $0.element, hash: "") }
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(events), draft: nil))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("Outcome: I asked them to leave"))
        #expect(screen.contains("I asked them to leave: they must go now"), "the warning speaks to the debtor")
    }

    @Test func theDebtorHasNoAgentOnlyKeys() {
        let state = Self.debtorVisit()
        #expect(!AppFixture.screenText(state).contains("account"))
    }
}
