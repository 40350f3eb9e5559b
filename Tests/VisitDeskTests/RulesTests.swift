import Foundation
import Testing
@testable import VisitDesk

@Suite struct RulesTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    let engine = RuleEngine(config: RuleConfig(timeZone: RulesTests.shanghai))
    let loanCase = LoanCase(id: 3, reference: "HB-1", debtorName: "张伟", phone: "13812345678", idNumber: "110105198803121234",
                            address: "", product: "花呗", outstanding: Money(yuan: 1_000), daysOverdue: 30)

    static let playbook = Playbook(id: "agent", role: .agent, title: LocalizedText(zh: "外访", en: "Visit"), stages: [
        Stage(id: "notice", title: LocalizedText(zh: "通知", en: "Notice"), items: [
            ChecklistItem(id: "sent", text: LocalizedText(zh: "已发送", en: "Sent")),
        ]),
        Stage(id: "arrival", title: LocalizedText(zh: "到达", en: "Arrival"), items: [
            ChecklistItem(id: "staff-id", text: LocalizedText(zh: "工作证", en: "Staff ID"), purpose: .staffIDShown),
            ChecklistItem(id: "authorisation", text: LocalizedText(zh: "授权书", en: "Authorisation"), purpose: .authorisationShown),
            ChecklistItem(id: "recording", text: LocalizedText(zh: "录音", en: "Recording"), purpose: .recordingAnnounced),
        ]),
        Stage(id: "identity", title: LocalizedText(zh: "身份", en: "Identity"), items: [
            ChecklistItem(id: "right-person", text: LocalizedText(zh: "本人", en: "Right person"), purpose: .rightPersonConfirmed),
        ]),
        Stage(id: "conversation", title: LocalizedText(zh: "谈话", en: "Conversation"), discussesDebt: true, items: [
            ChecklistItem(id: "reason", text: LocalizedText(zh: "原因", en: "Reason")),
        ]),
    ])

    /// 2026-01-01 at `hour:minute` in Shanghai.
    static func at(_ hour: Int, _ minute: Int) -> Date {
        Date(timeIntervalSince1970: 1_767_196_800 + Double(hour * 3_600 + minute * 60))
    }

    func warnings(_ script: EventScript, now: Date = RulesTests.at(10, 30), loanCase: LoanCase? = nil) throws -> [RuleWarning] {
        engine.evaluate(visit: try script.fold(), playbook: RulesTests.playbook, loanCase: loanCase ?? self.loanCase, now: now)
    }

    func ids(_ script: EventScript, now: Date = RulesTests.at(10, 30), loanCase: LoanCase? = nil) throws -> Set<RuleID> {
        Set(try warnings(script, now: now, loanCase: loanCase).map(\.id))
    }

    /// A proper visit: identified, recorded, right person confirmed, then the conversation.
    func properVisit() -> EventScript {
        var script = EventScript()
        script.add(.stageEntered(stageID: "arrival"))
        script.add(.itemMarked(itemID: "staff-id", mark: .done))
        script.add(.itemMarked(itemID: "authorisation", mark: .done))
        script.add(.itemMarked(itemID: "recording", mark: .done))
        script.add(.stageEntered(stageID: "identity"))
        script.add(.itemMarked(itemID: "right-person", mark: .done))
        script.add(.stageEntered(stageID: "conversation"))
        return script
    }

    @Test func aProperVisitRaisesNothing() throws {
        #expect(try warnings(properVisit()) == [])
    }

    @Test func workingHoursBoundaryIsInclusiveToTheMinuteInTheConfiguredZone() throws {
        #expect(!(try ids(properVisit(), now: RulesTests.at(20, 59))).contains(.outsideWorkingHours))
        #expect(!(try ids(properVisit(), now: RulesTests.at(21, 0))).contains(.outsideWorkingHours))
        #expect(try ids(properVisit(), now: RulesTests.at(21, 1)).contains(.outsideWorkingHours))
        #expect(try ids(properVisit(), now: RulesTests.at(7, 59)).contains(.outsideWorkingHours))
        #expect(!(try ids(properVisit(), now: RulesTests.at(8, 0))).contains(.outsideWorkingHours))
        let warning = try #require(try warnings(properVisit(), now: RulesTests.at(21, 1)).first { $0.id == .outsideWorkingHours })
        #expect(warning.text.en == "It is 21:01, outside visiting hours 08:00–21:00")
        #expect(warning.severity == .warning)
    }

    @Test func anEndedVisitIsJudgedByWhenThingsHappenedNotByNow() throws {
        var script = properVisit()
        script.add(.ended(reason: .completed))
        #expect(!(try ids(script, now: RulesTests.at(23, 0))).contains(.outsideWorkingHours))
        let late = RuleEngine(config: RuleConfig(workdayStart: TimeOfDay(hour: 8, minute: 0), workdayEnd: TimeOfDay(hour: 10, minute: 0),
                                                 timeZone: RulesTests.shanghai))
        let found = late.evaluate(visit: try script.fold(), playbook: RulesTests.playbook, loanCase: loanCase, now: RulesTests.at(12, 0))
        #expect(found.map(\.id) == [.outsideWorkingHours])
        #expect(found[0].text.en == "Activity at 10:01 was outside visiting hours 08:00–10:00")
    }

    @Test func debtBeforeIdentificationIsSerious() throws {
        var script = EventScript()
        script.add(.itemMarked(itemID: "staff-id", mark: .done))
        script.add(.itemMarked(itemID: "recording", mark: .done))
        script.add(.itemMarked(itemID: "right-person", mark: .done))
        script.add(.stageEntered(stageID: "conversation"))
        script.add(.itemMarked(itemID: "authorisation", mark: .done))
        let found = try warnings(script)
        #expect(found.map(\.id) == [.debtBeforeIdentification])
        #expect(found[0].severity == .serious)
        #expect(found[0].text.en == "The debt was discussed at 10:04 before the authorisation had been shown")
    }

    @Test func debtBeforeTheRightPersonIsConfirmedIsSerious() throws {
        var script = EventScript()
        script.add(.itemMarked(itemID: "staff-id", mark: .done))
        script.add(.itemMarked(itemID: "authorisation", mark: .done))
        script.add(.itemMarked(itemID: "recording", mark: .done))
        script.add(.itemMarked(itemID: "right-person", mark: .skipped(reason: "neighbour answered")))
        script.add(.outcomeRecorded(.refusedToPay(reason: "")))
        #expect(try ids(script) == [.debtBeforeRightPerson])
    }

    @Test func recordingMustBeAnnouncedBeforeTheConversation() throws {
        var script = EventScript()
        script.add(.itemMarked(itemID: "staff-id", mark: .done))
        script.add(.itemMarked(itemID: "authorisation", mark: .done))
        script.add(.itemMarked(itemID: "right-person", mark: .done))
        script.add(.stageEntered(stageID: "conversation"))
        #expect(try ids(script) == [.recordingNotAnnounced])
        script.add(.undone(sequence: 5))
        #expect(try ids(script).isEmpty, "nothing discussed any more, and the arrival stage is not reached")
    }

    @Test func remindersAppearOnceTheirStageIsReached() throws {
        var script = EventScript()
        #expect(try ids(script).isEmpty)
        script.add(.stageEntered(stageID: "arrival"))
        #expect(try ids(script) == [.identificationPending, .recordingPending])
        script.add(.itemMarked(itemID: "staff-id", mark: .done))
        script.add(.itemMarked(itemID: "authorisation", mark: .done))
        script.add(.itemMarked(itemID: "recording", mark: .done))
        script.add(.stageEntered(stageID: "identity"))
        let found = try warnings(script)
        #expect(found.map(\.id) == [.rightPersonPending])
        #expect(found[0].severity == .info && found[0].text.en == "Right person not confirmed yet")
    }

    @Test func agentVisitsNeedTwoVisitors() throws {
        #expect(try ids(EventScript(visitors: [Visitor(name: "王磊", badge: "A-001")])).contains(.tooFewVisitors))
        #expect(!(try ids(EventScript())).contains(.tooFewVisitors))
        #expect(!(try ids(EventScript(role: .debtor, visitors: []))).contains(.tooFewVisitors))
    }

    func plan(monthly: Int64, income: Money?) throws -> Outcome {
        .planAgreed(try RepaymentPlan.make(total: Money(fen: monthly * 3), instalmentCount: 3, frequency: .monthly,
                                           firstDue: CalendarDay(year: 2026, month: 2, day: 1), method: .alipayAutoDebit,
                                           statedMonthlyIncome: income))
    }

    @Test func instalmentAboveHalfTheStatedIncomeWarnsAtTheBoundary() throws {
        var atHalf = properVisit()
        atHalf.add(.outcomeRecorded(try plan(monthly: 250_000, income: Money(yuan: 5_000))))
        #expect(!(try ids(atHalf)).contains(.instalmentAboveIncomeShare))
        var above = properVisit()
        above.add(.outcomeRecorded(try plan(monthly: 250_001, income: Money(yuan: 5_000))))
        #expect(try ids(above) == [.instalmentAboveIncomeShare])
        var unknown = properVisit()
        unknown.add(.outcomeRecorded(try plan(monthly: 900_000, income: nil)))
        #expect(try ids(unknown).isEmpty)
        let weekly = try RepaymentPlan.make(total: Money(yuan: 4_000), instalmentCount: 4, frequency: .weekly,
                                            firstDue: CalendarDay(year: 2026, month: 2, day: 1), method: .other(description: ""),
                                            statedMonthlyIncome: Money(yuan: 8_000))
        var weeklyScript = properVisit()
        weeklyScript.add(.outcomeRecorded(.planAgreed(weekly)))
        #expect(try ids(weeklyScript) == [.instalmentAboveIncomeShare], "¥1,000 a week is about ¥4,333 a month")
    }

    @Test func aPlanWhileDisputedIsSerious() throws {
        var script = properVisit()
        script.add(.outcomeRecorded(.disputed(reason: "amount")))
        #expect(try ids(script).isEmpty)
        script.add(.outcomeRecorded(try plan(monthly: 100, income: nil)))
        #expect(try ids(script) == [.planWhileDisputed])
        var tagged = properVisit()
        tagged.add(.outcomeRecorded(try plan(monthly: 100, income: nil)))
        var disputedCase = loanCase
        #expect(try ids(tagged, loanCase: disputedCase).isEmpty)
        disputedCase.tags = ["有争议"]
        #expect(try ids(tagged, loanCase: disputedCase) == [.planWhileDisputed])
    }

    @Test func anExtensionReachesTheDebtLikeAPromise() throws {
        var script = EventScript()
        script.add(.outcomeRecorded(.extensionAgreed(newDueDate: CalendarDay(year: 2026, month: 2, day: 1), note: "")))
        #expect(try ids(script).contains(.debtBeforeIdentification))
    }

    @Test func aDisputeRecordedAfterAPlanWarnsAtOnce() throws {
        var script = properVisit()
        script.add(.outcomeRecorded(try plan(monthly: 100, income: nil)))
        #expect(try ids(script).isEmpty)
        script.add(.outcomeRecorded(.disputed(reason: "amount")))
        let found = try warnings(script)
        #expect(found.map(\.id) == [.planWhileDisputed])
        #expect(found.first?.text.en == "The debt was disputed after a repayment plan was recorded; hold the plan and resolve the dispute first")
    }

    @Test func goingOnAfterBeingAskedToLeaveIsSerious() throws {
        var script = properVisit()
        script.add(.outcomeRecorded(.askedToLeave))
        script.add(.noteAdded(noteID: "n10", text: "debtor asked us to leave"))
        #expect(try ids(script) == [.askedToLeaveNotEnded])
        script.add(.itemMarked(itemID: "reason", mark: .done))
        let found = try warnings(script)
        #expect(found.map(\.id) == [.continuedAfterAskedToLeave, .askedToLeaveNotEnded])
        #expect(found[0].text.en == "The visit went on at 10:10 after the visitors were asked to leave at 10:08")
        script.add(.ended(reason: .askedToLeave))
        #expect(try ids(script) == [.continuedAfterAskedToLeave])
    }

    @Test func theBuiltInPlaybooksCarryThePurposesTheRulesNeed() {
        for playbook in BuiltInPlaybooks.all {
            let purposes = Set(playbook.stages.flatMap(\.items).compactMap(\.purpose))
            #expect(purposes == Set(ItemPurpose.allCases), "\(playbook.id)")
            #expect(playbook.stages.contains { $0.discussesDebt }, "\(playbook.id)")
        }
    }

    @Test func timesOfDayParse() {
        #expect(TimeOfDay("08:00") == TimeOfDay(hour: 8, minute: 0))
        #expect(TimeOfDay("8:30") == TimeOfDay(hour: 8, minute: 30))
        #expect(TimeOfDay("24:00") == TimeOfDay(hour: 24, minute: 0))
        for bad in ["8", "25:00", "24:01", "08:60", "08:5", "ab:cd", ""] {
            #expect(TimeOfDay(bad) == nil, "\(bad)")
        }
    }
}
