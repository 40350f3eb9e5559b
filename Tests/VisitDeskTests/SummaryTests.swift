import Foundation
import Testing
@testable import VisitDesk

@Suite struct SummaryTests {
    let rules = RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    let loanCase = StoreFixture.cases[0]

    func visit() throws -> VisitState {
        var script = EventScript()
        script.add(.stageEntered(stageID: "arrival"))                                            // 10:01
        script.add(.itemMarked(itemID: "arrival.staff-id", mark: .done))                          // 10:02
        script.add(.itemMarked(itemID: "arrival.consent-to-enter", mark: .skipped(reason: "talked at the door")))
        script.add(.noteAdded(noteID: "n5", text: "债务人称本月工资延迟发放"))                         // 10:04
        script.add(.noteAmended(noteID: "n5", text: "债务人称本月工资延迟发放，愿意先还一部分"))
        let plan = try RepaymentPlan.make(total: Money(fen: 6_212_070), downPayment: Money(yuan: 2_000), instalmentCount: 3,
                                          frequency: .monthly, firstDue: CalendarDay(year: 2026, month: 2, day: 1),
                                          method: .alipayAutoDebit, statedMonthlyIncome: Money(yuan: 8_000))
        script.add(.outcomeRecorded(.planAgreed(plan)))
        script.add(.ended(reason: .completed))                                                   // 10:07
        return try script.fold()
    }

    func summary(revealing: Set<PersonalField> = []) throws -> VisitSummary {
        VisitSummary.make(visit: try visit(), loanCase: loanCase, playbook: BuiltInPlaybooks.agent, rules: rules,
                          revealing: revealing, now: EventScript().start.addingTimeInterval(86_400))
    }

    @Test func summaryGathersTheWholeVisit() throws {
        let summary = try summary()
        #expect(summary.loanCase.phone == "138****5678" && summary.loanCase.idNumber == "110***********1234")
        #expect(summary.duration == 7 * 60 && summary.endReason == .completed)
        #expect(summary.stages.count == BuiltInPlaybooks.agent.stages.count)
        let arrival = try #require(summary.stages.first { $0.id == "arrival" })
        #expect(arrival.enteredAt == [EventScript().start.addingTimeInterval(60)])
        #expect(arrival.items.first { $0.id == "arrival.staff-id" }?.markedAt == EventScript().start.addingTimeInterval(120))
        #expect(arrival.items.first { $0.id == "arrival.consent-to-enter" }?.mark == .skipped(reason: "talked at the door"))
        #expect(summary.notes.first?.isAmended == true)
        #expect(summary.outcome?.outcome.code == .planAgreed)
        #expect(summary.warnings.map(\.id).contains(.instalmentAboveIncomeShare))
        #expect(summary.headHash == "h8" && summary.eventCount == 8)
    }

    @Test func revealedFieldsAreShownInFull() throws {
        let summary = try summary(revealing: [.phone])
        #expect(summary.loanCase.phone == "13812345678" && summary.loanCase.idNumber == "110***********1234")
    }

    @Test func markdownCarriesEverySectionAndTheDisclaimer() throws {
        let markdown = try summary().markdown(language: .en)
        for expected in [
            "# Visit record · HB-2025-0113 张伟",
            "> This is a record of the visit kept for reference. It is not legal advice.",
            "| Phone | 138****5678 |",
            "| Outstanding | ¥62,120.70 |",
            "- Visitors: 王磊 (A-001), 赵敏 (A-002)",
            "- Started: 2026-01-01 10:00 (Asia/Shanghai)",
            "- Ended: 10:07 (Completed)",
            "- Duration: 7 min",
            "entered 10:01",
            "- [x] Staff ID shown * (10:02)",
            "— skipped: talked at the door (10:03)",
            "- 10:04 债务人称本月工资延迟发放，愿意先还一部分 (amended 10:05)",
            "**Repayment plan agreed** (recorded 10:06)",
            "| 3 | 2026-04-01 | ¥20,040.24 |",
            "**Warning**: Monthly payment",
            "- Head hash (SHA-256): `h8`",
        ] {
            #expect(markdown.contains(expected), "\(expected)")
        }
        #expect(!markdown.contains("13812345678"))
        let chinese = try summary().markdown(language: .zh)
        #expect(chinese.contains("不构成法律意见") && chinese.contains("# 上门记录") && chinese.contains("达成还款计划"))
    }

    @Test func jsonHasDecimalAmountsAndISOTimes() throws {
        let json = try summary().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let caseObject = try #require(object["case"] as? [String: Any])
        #expect(caseObject["outstanding"] as? String == "62120.70")
        #expect(caseObject["phone"] as? String == "138****5678")
        #expect(object["startedAt"] as? String == "2026-01-01T02:00:00.000Z")
        #expect(object["durationSeconds"] as? Int == 420)
        let outcome = try #require(object["outcome"] as? [String: Any])
        let plan = try #require(outcome["plan"] as? [String: Any])
        #expect(plan["downPayment"] as? String == "2000.00")
        #expect((plan["schedule"] as? [[String: Any]])?.last?["amount"] as? String == "20040.24")
        #expect((object["audit"] as? [String: Any])?["headHash"] as? String == "h8")
        #expect((object["disclaimer"] as? [String: Any])?["en"] as? String == VisitSummary.disclaimer.en)
        #expect((object["warnings"] as? [[String: Any]])?.first?["severity"] as? String == "serious")
    }

    @Test func anOpenVisitSaysSoWithTheTimeSoFar() throws {
        var script = EventScript()
        script.add(.stageEntered(stageID: "notice"))
        let summary = VisitSummary.make(visit: try script.fold(), loanCase: loanCase, playbook: BuiltInPlaybooks.agent, rules: rules,
                                        now: EventScript().start.addingTimeInterval(3_900))
        #expect(summary.markdown(language: .en).contains("- Still open, so far: 1 h 05 min"))
        #expect(summary.markdown(language: .en).contains("No outcome recorded"))
    }
}
