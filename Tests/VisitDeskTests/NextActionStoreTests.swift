import Foundation
import Testing
@testable import VisitDesk

/// `VisitStore.nextAction(caseID:)`: the case's next action in effect, whatever set it last.
struct NextActionStoreTests {
    static let promiseDay = CalendarDay(year: 2026, month: 1, day: 20)

    private func promised(_ fixture: StoreFixture) throws -> (caseID: Int64, visit: VisitState) {
        let caseID = try fixture.insertCases()[2].id!
        let visit = try fixture.startVisit(caseID: caseID)
        let promise = Outcome.promiseToPay(date: Self.promiseDay, amount: Money(fen: 50_000), method: .bankTransfer)
        try fixture.store.append(.outcomeRecorded(promise), to: visit.id, at: StoreFixture.start)
        return (caseID, visit)
    }

    @Test func aPromiseSetsCheckPaymentOnItsDay() throws {
        let fixture = try StoreFixture()
        let (caseID, _) = try promised(fixture)
        #expect(try fixture.store.nextAction(caseID: caseID) == NextAction(day: Self.promiseDay, kind: .checkPayment))
    }

    @Test func aRescheduledVisitSetsAVisitOnTheNewDay() throws {
        let fixture = try StoreFixture()
        let caseID = try fixture.insertCases()[0].id!
        let visit = try fixture.startVisit(caseID: caseID)
        let newDay = CalendarDay(year: 2026, month: 2, day: 3)
        try fixture.store.append(.outcomeRecorded(.rescheduled(date: newDay, note: "家中无人")), to: visit.id, at: StoreFixture.start)
        #expect(try fixture.store.nextAction(caseID: caseID) == NextAction(day: newDay, kind: .visit))
    }

    @Test func aLaterHandSettingWinsWithItsNoteUntilALaterOutcome() throws {
        let fixture = try StoreFixture()
        let (caseID, visit) = try promised(fixture)
        let byHand = NextAction(day: CalendarDay(year: 2026, month: 1, day: 10), kind: .call, note: "提醒还款日")
        try fixture.store.record(.nextActionSet(byHand), caseID: caseID, at: StoreFixture.start.addingTimeInterval(60))
        #expect(try fixture.store.nextAction(caseID: caseID) == byHand)

        // The visit's outcome changes afterwards: the new outcome's action is in effect, and the hand note was for another.
        let newDay = CalendarDay(year: 2026, month: 1, day: 12)
        let shown = try fixture.store.visit(id: visit.id)
        try fixture.store.append(.undone(sequence: shown.lastUndoableSequence!), to: visit.id, at: StoreFixture.start.addingTimeInterval(120))
        try fixture.store.append(.outcomeRecorded(.rescheduled(date: newDay, note: "")), to: visit.id, at: StoreFixture.start.addingTimeInterval(180))
        #expect(try fixture.store.nextAction(caseID: caseID) == NextAction(day: newDay, kind: .visit))
    }

    @Test func aCaseWithNothingDueHasNone() throws {
        let fixture = try StoreFixture()
        let caseID = try fixture.insertCases()[0].id!
        #expect(try fixture.store.nextAction(caseID: caseID) == nil)
        #expect(try fixture.store.nextAction(caseID: 9_999) == nil)
    }
}
