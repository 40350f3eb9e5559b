import Foundation
import Testing
@testable import VisitDesk

/// The store is the last entry point: figures the forms and the importer refuse are refused
/// there too, so no caller can write a record the desk would trap on.
struct StoreLimitsTests {
    @Test func anOutcomeWithFiguresBeyondTheLimitsIsRefusedAndNothingIsAppended() throws {
        let fixture = try StoreFixture()
        let cases = try fixture.insertCases()
        let visit = try fixture.startVisit(caseID: cases[0].id!)
        for outcome: Outcome in [
            .planAgreed(AbsurdStoreTests.hugePlanOnTinyIncome),
            .promiseToPay(date: CalendarDay(year: 2101, month: 1, day: 1), amount: Money(yuan: 100), method: .bankTransfer),
        ] {
            #expect {
                try fixture.store.append(.outcomeRecorded(outcome), to: visit.id, at: StoreFixture.start)
            } throws: { error in
                guard case .figuresOutOfRange = error as? StoreError else { return false }
                return String(describing: error).contains("the outcome cannot be stored")
            }
        }
        #expect(try fixture.store.events(visitID: visit.id).count == 1)
        #expect(try fixture.store.verify().isEmpty)
    }

    @Test func casesBeyondTheLimitsAreRefusedAllOrNothing() throws {
        let fixture = try StoreFixture()
        var tooLate = StoreFixture.cases[0]
        tooLate.daysOverdue = DomainLimits.maximumDaysOverdue + 1
        var tooMuch = StoreFixture.cases[1]
        tooMuch.outstanding = Money(fen: DomainLimits.maximumAmount.fen + 1)
        for bad in [tooLate, tooMuch] {
            #expect(throws: StoreError.self) { try fixture.store.insertCases([StoreFixture.cases[2], bad]) }
        }
        #expect(try fixture.store.caseCount(matching: nil) == 0)
    }
}
