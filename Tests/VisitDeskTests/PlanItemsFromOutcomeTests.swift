import Foundation
import Testing
@testable import VisitDesk

/// One plan, one truth: recording a plan or a promise marks the agent playbook's plan items
/// done in the fold, with the figures beside them; undoing the outcome unmarks them.
@Suite struct PlanItemsFromOutcomeTests {
    let plan = try! RepaymentPlan.make(total: Money(yuan: 12_000), downPayment: Money(yuan: 2_000), instalmentCount: 10,
                                       frequency: .monthly, firstDue: CalendarDay(year: 2026, month: 2, day: 1), method: .bankTransfer)

    @Test func recordingAPlanMarksThePlanItemsDoneWithItsFigures() throws {
        var script = EventScript()
        let sequence = script.add(.outcomeRecorded(.planAgreed(plan)))
        let visit = try script.fold()
        for id in ["plan.amount", "plan.term", "plan.method", "plan.first-due"] {
            #expect(visit.mark(of: id) == .done, "\(id)")
            #expect(visit.marks[id]?.sequence == sequence)
        }
        #expect(visit.marks["plan.amount"]?.figures?.en == "¥2,000.00 down, ¥1,000.00 each")
        #expect(visit.marks["plan.term"]?.figures?.en == "10 × monthly")
        #expect(visit.marks["plan.term"]?.figures?.zh == "10 期，每月")
        #expect(visit.marks["plan.method"]?.figures?.en == "Bank transfer to lender")
        #expect(visit.marks["plan.first-due"]?.figures?.en == "2026-02-01")
        #expect(visit.mark(of: "plan.affordable") == .pending, "affordability stays the agent's judgement")
    }

    @Test func recordingAPromiseMarksThePlanItemsWithThePromise() throws {
        var script = EventScript()
        script.add(.outcomeRecorded(.promiseToPay(date: CalendarDay(year: 2026, month: 1, day: 8), amount: Money(yuan: 3_000),
                                                  method: .alipayAutoDebit)))
        let visit = try script.fold()
        #expect(visit.marks["plan.amount"]?.figures?.en == "¥3,000.00 promised")
        #expect(visit.marks["plan.term"]?.figures?.en == "one payment")
        #expect(visit.marks["plan.first-due"]?.figures?.zh == "2026-01-08")
    }

    @Test func undoingThePlanUnmarksItsItemsAndAHandMarkStillWins() throws {
        var script = EventScript()
        script.add(.itemMarked(itemID: "plan.term", mark: .notApplicable))
        let recorded = script.add(.outcomeRecorded(.planAgreed(plan)))
        var visit = try script.fold()
        #expect(visit.mark(of: "plan.term") == .done)
        script.add(.itemMarked(itemID: "plan.method", mark: .pending))
        visit = try script.fold()
        #expect(visit.mark(of: "plan.method") == .pending && visit.marks["plan.method"]?.figures == nil,
                "a later mark by hand replaces the outcome's")
        script.add(.undone(sequence: recorded))
        visit = try script.fold()
        #expect(visit.mark(of: "plan.amount") == .pending)
        #expect(visit.mark(of: "plan.term") == .notApplicable, "the mark before the plan comes back")
    }

    @Test func otherOutcomesMarkNothing() throws {
        var script = EventScript()
        script.add(.outcomeRecorded(.extensionAgreed(newDueDate: CalendarDay(year: 2026, month: 2, day: 1), note: "")))
        script.add(.outcomeRecorded(.disputed(reason: "amount")))
        #expect(try script.fold().marks.isEmpty)
    }
}
