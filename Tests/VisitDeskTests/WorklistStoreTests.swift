import Foundation
import Testing
@testable import VisitDesk

/// A store with cases made to order for the worklist and the day's report: each promise on a
/// case of its own, agreed in a visit on `agreedAt`.
final class CaseWorkFixture {
    let fixture: StoreFixture
    var store: VisitStore { fixture.store }
    private var made = 0

    init() throws {
        fixture = try StoreFixture()
    }

    /// 2026-01-01 10:00 in Shanghai (02:00 UTC): the visits are all on New Year's Day.
    static let agreedAt = StoreFixture.start
    static let day = CalendarDay(year: 2026, month: 2, day: 20)

    /// A new case; `agent` is its assigned agent.
    func newCase(name: String = "张伟", agent: String = "王磊") throws -> LoanCase {
        made += 1
        let loanCase = LoanCase(reference: "WK-2026-\(1000 + made)", debtorName: name, phone: "13800138000", idNumber: "110105198803121017",
                                address: "北京市朝阳区望京街道\(made)号", product: "花呗", outstanding: Money(yuan: 50_000), daysOverdue: 30,
                                assignedAgent: agent)
        return try store.insertCases([loanCase])[0]
    }

    /// A visit on `at` ending in `outcome` (none: ended without one), by `visitors`.
    @discardableResult
    func visit(_ caseID: Int64, at: Date = CaseWorkFixture.agreedAt, outcome: Outcome?, visitors: [Visitor] = StoreFixture.visitors) throws -> Int64 {
        let visit = try store.startVisit(caseID: caseID, role: .agent, playbookID: "agent", visitors: visitors, location: "家中", at: at)
        if let outcome { try store.append(.outcomeRecorded(outcome), to: visit.id, at: at.addingTimeInterval(60)) }
        try store.append(.ended(reason: .completed), to: visit.id, at: at.addingTimeInterval(120))
        return visit.id
    }

    /// A case with a promise of `yuan` due `offset` days from `day`, and payments of `paid` fen on the due day.
    @discardableResult
    func promise(dueIn offset: Int, yuan: Int64 = 1_000, paidFen: Int64 = 0, name: String = "张伟") throws -> LoanCase {
        let loanCase = try newCase(name: name)
        let due = Self.day.adding(days: offset)
        try visit(loanCase.id!, outcome: .promiseToPay(date: due, amount: Money(yuan: yuan), method: .alipayAutoDebit))
        if paidFen > 0 {
            try store.record(.paymentPosted(Payment(day: due, amount: Money(fen: paidFen), source: "test.csv:2")), caseID: loanCase.id!,
                             at: due.start(in: .current).addingTimeInterval(3600))
        }
        return loanCase
    }

    func appointment(_ caseID: Int64, id: String = "A1", dayOffset: Int = 0, _ time: (Int, Int), confirmed: Bool = true,
                     visitors: [Visitor] = StoreFixture.visitors) throws {
        try store.record(.appointmentSet(Appointment(id: id, day: Self.day.adding(days: dayOffset), time: TimeOfDay(hour: time.0, minute: time.1),
                                                     place: "家中", visitors: visitors, confirmed: confirmed)),
                         caseID: caseID, at: CaseWorkFixture.agreedAt.addingTimeInterval(86_400))
    }
}

@Suite("Worklist")
struct WorklistStoreTests {
    @Test func appointmentsOfTheDayAreInTimeOrderWithoutTheCancelledOrOtherDays() throws {
        let work = try CaseWorkFixture()
        let first = try work.newCase(), second = try work.newCase(name: "李娜"), third = try work.newCase(name: "王芳")
        try work.appointment(first.id!, (15, 0))
        try work.appointment(second.id!, (9, 30), confirmed: false)
        try work.appointment(second.id!, id: "A2", (11, 0))
        try work.store.record(.appointmentCancelled(appointmentID: "A2", reason: "debtor asked"), caseID: second.id!, at: CaseWorkFixture.agreedAt.addingTimeInterval(90_000))
        try work.appointment(third.id!, dayOffset: 1, (8, 0))
        let lines = try work.store.worklist(on: CaseWorkFixture.day).appointments
        #expect(lines.map(\.appointment.time) == ["09:30", "15:00"])
        #expect(lines.map(\.label.reference) == [second.reference, first.reference])
        #expect(lines[0].label.debtorName == "李娜" && lines[0].address == second.address && !lines[0].appointment.confirmed)
        #expect(lines[0].appointment.visitors == StoreFixture.visitors)
    }

    @Test func obligationsDueOnTheDayComeFirstThenThoseLapsedInTheSevenDaysBefore() throws {
        let work = try CaseWorkFixture()
        // Grace is 3 days: a promise due `offset` days from the day has its grace end at offset + 3.
        let dueToday = try work.promise(dueIn: 0, name: "今天")
        let lapsedYesterday = try work.promise(dueIn: -4, name: "昨天")  // grace ended the day before: the window's last day
        let lapsedAWeekAgo = try work.promise(dueIn: -10, name: "七天")  // grace ended 7 days before: the window's first day
        try work.promise(dueIn: -11, name: "八天")                       // 8 days before: outside the window
        try work.promise(dueIn: -3, name: "宽限")                        // grace ends on the day: still pending, not lapsed
        try work.promise(dueIn: -5, paidFen: 100_000, name: "已还")     // kept: never lapses
        let partly = try work.promise(dueIn: -6, paidFen: 40_000, name: "部分")
        let lines = try work.store.worklist(on: CaseWorkFixture.day).obligations
        #expect(lines.map(\.label.caseID) == [dueToday.id, lapsedYesterday.id, partly.id, lapsedAWeekAgo.id])
        #expect(lines.map(\.reason) == [.due, .lapsed, .lapsed, .lapsed])
        #expect(lines.map(\.state) == [.pending, .broken, .partlyKept, .broken])
        #expect(lines[2].obligation.paid == Money(yuan: 400) && lines[2].obligation.amount == Money(yuan: 1_000))
    }

    @Test func theLapseWindowIsSevenDaysEndingTheDayBefore() {
        #expect(Worklist.lapseWindowDays == 7)
        #expect(Worklist.lapseWindowStart(before: CalendarDay(year: 2026, month: 3, day: 3)) == CalendarDay(year: 2026, month: 2, day: 24))
    }

    @Test func aDueObligationPaidInFullShowsKept() throws {
        let work = try CaseWorkFixture()
        try work.promise(dueIn: 0, paidFen: 100_000)
        #expect(try work.store.worklist(on: CaseWorkFixture.day).obligations.map(\.state) == [.kept])
    }

    @Test func nextActionsDueByTheDayOldestFirstWithTheirKind() throws {
        let work = try CaseWorkFixture()
        let late = try work.newCase(), today = try work.newCase(), later = try work.newCase()
        try work.store.record(.nextActionSet(NextAction(day: CaseWorkFixture.day.adding(days: -3), kind: .call)), caseID: late.id!, at: CaseWorkFixture.agreedAt)
        try work.store.record(.nextActionSet(NextAction(day: CaseWorkFixture.day, kind: .visit)), caseID: today.id!, at: CaseWorkFixture.agreedAt)
        try work.store.record(.nextActionSet(NextAction(day: CaseWorkFixture.day.adding(days: 1), kind: .call)), caseID: later.id!, at: CaseWorkFixture.agreedAt)
        let worklist = try work.store.worklist(on: CaseWorkFixture.day)
        #expect(worklist.nextActions.map(\.label.caseID) == [late.id, today.id])
        #expect(worklist.nextActions.map(\.kind) == [.call, .visit])
        #expect(worklist.nextActionTotal == 2)
    }

    @Test func nextActionsAreCappedButCountedInFull() throws {
        let work = try CaseWorkFixture()
        let count = Worklist.nextActionLimit + 5
        let cases = try work.store.insertCases((0..<count).map { index in
            LoanCase(reference: "CAP-\(10_000 + index)", debtorName: "测试", phone: "13800138000", idNumber: "110105198803121017",
                     address: "北京市", product: "花呗", outstanding: Money(yuan: 100), daysOverdue: 1)
        })
        try work.store.record(cases.enumerated().map { index, loanCase in
            (CaseEventKind.nextActionSet(NextAction(day: CaseWorkFixture.day.adding(days: -(index % 30)), kind: .call)), loanCase.id!)
        }, at: CaseWorkFixture.agreedAt)
        let worklist = try work.store.worklist(on: CaseWorkFixture.day)
        #expect(worklist.nextActions.count == Worklist.nextActionLimit)
        #expect(worklist.nextActionTotal == count)
        #expect(worklist.nextActions.first?.day == CaseWorkFixture.day.adding(days: -29))
        #expect(zip(worklist.nextActions, worklist.nextActions.dropFirst()).allSatisfy { ($0.day, $0.label.caseID) < ($1.day, $1.label.caseID) })
    }

    /// Rows of the derived `obligation` table written directly: what a large portfolio's day holds.
    @Test func obligationsAreCappedDueFirstButCountedInFull() throws {
        let work = try CaseWorkFixture()
        let loanCase = try work.newCase()
        let day = CaseWorkFixture.day
        try work.store.write { db in
            func insert(_ id: String, due: CalendarDay, state: ObligationState, paid: Int64 = 0) throws {
                try db.execute(sql: """
                    INSERT INTO obligation (id, caseID, visitID, number, agreedOn, due, amountFen, paidFen, graceDays, graceEnds, state, markReason)
                    VALUES (?, ?, 1, 1, '2026-01-01', ?, 10000, ?, 3, ?, ?, NULL)
                    """, arguments: [id, loanCase.id!, due.description, paid, due.adding(days: 3).description, state.rawValue])
            }
            for index in 0..<150 { try insert(String(format: "D%03d", index), due: day, state: .pending) }
            for index in 0..<100 { try insert(String(format: "L%03d", index), due: day.adding(days: -4 - index % 7), state: .pending) }
            for index in 0..<30 { try insert(String(format: "K%03d", index), due: day.adding(days: -5), state: .kept, paid: 10_000) }
        }
        let worklist = try work.store.worklist(on: day)
        #expect(worklist.obligations.count == Worklist.obligationLimit)
        #expect(worklist.obligationTotal == 250)
        #expect(worklist.obligations.prefix(150).allSatisfy { $0.reason == .due && $0.state == .pending })
        #expect(worklist.obligations.dropFirst(150).allSatisfy { $0.reason == .lapsed && $0.state == .broken })
        let graceEnds = worklist.obligations.dropFirst(150).map(\.obligation.graceEnds)
        #expect(graceEnds.first == day.adding(days: -1) && zip(graceEnds, graceEnds.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func theJSONHasTheFourPartsDaysAndAmountsAsTextAndNoPersonalData() throws {
        let work = try CaseWorkFixture()
        let loanCase = try work.promise(dueIn: -6, paidFen: 40_050)
        try work.appointment(loanCase.id!, (9, 5))
        let json = try work.store.worklist(on: CaseWorkFixture.day).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2026-02-20")
        let appointments = try #require(object["appointments"] as? [[String: Any]])
        #expect(appointments.first?["case"] as? String == loanCase.reference && appointments.first?["time"] as? String == "09:05")
        let obligation = try #require((object["obligations"] as? [[String: Any]])?.first)
        #expect(obligation["amount"] as? String == "1000.00" && obligation["paid"] as? String == "400.50")
        #expect(obligation["due"] as? String == "2026-02-14" && obligation["state"] as? String == "partlyKept" && obligation["reason"] as? String == "lapsed")
        let actions = try #require(object["nextActions"] as? [[String: Any]])
        #expect(actions.first?["kind"] as? String == "visit" && actions.first?["due"] as? String == "2026-02-20")
        #expect(object["nextActionTotal"] as? Int == 1 && object["obligationTotal"] as? Int == 1)
        #expect(!json.contains(loanCase.phone) && !json.contains(loanCase.idNumber))
    }
}
