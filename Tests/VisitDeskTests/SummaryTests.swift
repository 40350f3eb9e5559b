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
        VisitSummary.make(visit: try visit(), loanCase: loanCase, playbook: try BuiltInPlaybooks.agent, rules: rules,
                          revealing: revealing, now: EventScript().start.addingTimeInterval(86_400))
    }

    @Test func summaryGathersTheWholeVisit() throws {
        let summary = try summary()
        #expect(summary.loanCase.phone == "138****5678" && summary.loanCase.idNumber == "110***********1234")
        #expect(summary.duration == 7 * 60 && summary.endReason == .completed)
        #expect(try summary.stages.count == BuiltInPlaybooks.agent.stages.count)
        let arrival = try #require(summary.stages.first { $0.id == "arrival" })
        #expect(arrival.enteredAt == [EventScript().start.addingTimeInterval(60)])
        #expect(arrival.items.first { $0.id == "arrival.staff-id" }?.markedAt == EventScript().start.addingTimeInterval(120))
        #expect(arrival.items.first { $0.id == "arrival.consent-to-enter" }?.mark == .skipped(reason: "talked at the door"))
        #expect(summary.notes.first?.isAmended == true)
        #expect(summary.outcome?.outcome.code == .planAgreed)
        #expect(summary.warnings.map(\.id).contains(.instalmentAboveIncomeShare))
        #expect(summary.headHash == "h8" && summary.eventCount == 8)
        #expect(summary.generatedAt == EventScript().start.addingTimeInterval(86_400))
    }

    @Test func revealedFieldsAreShownInFull() throws {
        let summary = try summary(revealing: [.phone])
        #expect(summary.loanCase.phone == "13812345678" && summary.loanCase.idNumber == "110***********1234")
    }

    @Test func markdownCarriesEverySectionInTheRecordsOrder() throws {
        let markdown = try summary().markdown(language: .en)
        var from = markdown.startIndex
        for expected in [
            "# Home visit record · Agent",
            "## Case", "| Phone | 138****5678 |", "| Outstanding now | ¥62,120.70 |",
            "## Visit", "| Started | 2026-01-01 10:00 |", "| Ended | 2026-01-01 10:07 |", "| Duration | 7 min |",
            "| Visitors | 王磊 (A-001), 赵敏 (A-002) |", "| How it ended | Completed |",
            "## Outcome", "| Outcome | Repayment plan agreed |", "| Recorded | 2026-01-01 10:06 |", "| Down payment | ¥2,000.00 |",
            "| Share of stated income | 250.5% (¥20,040.24 / ¥8,000.00) |", "|---:|---|---:|", "| 3 | 2026-04-01 | ¥20,040.24 |",
            "## Compliance warnings", "- Warning: Monthly payment",
            "## Required items not done", "- Arrival and identification › Authorisation letter shown — Pending",
            "## Stages and checklist", "3\\. Arrival and identification — entered 10:01", "- [✓] Staff ID shown * · 10:02",
            "— skipped: talked at the door · 10:03",
            "## Notes", "- 10:04  债务人称本月工资延迟发放，愿意先还一部分 (amended 10:05)",
            "## Record keeping and checking", "This is a record of the visit kept for reference. It is not legal advice.",
            "Chain head (SHA-256): `h8`", "visitdesk verify --visit 7 --head h8",
            "## Signatures", "**Visitor** 王磊 (A-001)", "**Visitor** 赵敏 (A-002)", "**Debtor** 张伟",
        ] {
            let found = try #require(markdown.range(of: expected, range: from..<markdown.endIndex), "\(expected) after what came before")
            from = found.upperBound
        }
        #expect(!markdown.contains("13812345678"))
        let chinese = try summary().markdown(language: .zh)
        #expect(chinese.contains("不构成法律意见") && chinese.contains("# 上门记录 · 外访人员") && chinese.contains("达成还款计划"))
    }

    @Test func theRecordShowsTheDebtAsTheVisitStartedWithIt() throws {
        var script = EventScript()
        script.events[0].kind = .started(role: .agent, playbookID: "agent", visitors: [], location: "家中",
                                         binding: CaseBinding(reference: loanCase.reference, outstanding: Money(yuan: 70_000),
                                                              daysOverdue: 90, status: .open))
        let summary = VisitSummary.make(visit: try script.fold(), loanCase: loanCase, playbook: try BuiltInPlaybooks.agent, rules: rules,
                                        now: EventScript().start)
        #expect(summary.figuresAreFromStart && summary.startFigures.outstanding == Money(yuan: 70_000))
        let fields = try #require(summary.document(language: .en).sections.first { $0.id == "case" }?.blocks.first)
        guard case .fields(let rows) = fields else { Issue.record("the case is labelled fields"); return }
        #expect(rows.contains(RecordField("Outstanding at start", "¥70,000.00")))
        #expect(rows.contains(RecordField("Days overdue at start", "90")))
        #expect(!rows.contains { $0.value == loanCase.outstanding.formatted }, "not today's figure")
    }

    @Test func whatWasNotDoneListsRequiredItemsLeftPendingOrSkippedWithTheirReasons() throws {
        let summary = try summary()
        let notDone = summary.notDone.map(\.item.id)
        #expect(notDone.contains("arrival.consent-to-enter") == false, "consent to enter is not required")
        #expect(notDone.contains("arrival.authorisation") && !notDone.contains("arrival.staff-id"))
        var script = EventScript()
        script.add(.itemMarked(itemID: "arrival.authorisation", mark: .skipped(reason: "在门口交谈")))
        let skipped = VisitSummary.make(visit: try script.fold(), loanCase: loanCase, playbook: try BuiltInPlaybooks.agent, rules: rules,
                                        now: EventScript().start).document(language: .zh)
        guard case .list(let lines)? = skipped.sections.first(where: { $0.id == "notDone" })?.blocks.first else {
            Issue.record("what was not done is a list"); return
        }
        #expect(lines.contains("到达与表明身份 › 出示委托授权书 — 已跳过：在门口交谈"))
    }

    @Test func theDebtorsRecordIsWordedAsTheirOwnAndSignedByThem() throws {
        var script = EventScript(role: .debtor)
        script.add(.stageEntered(stageID: "visitors"))
        let document = VisitSummary.make(visit: try script.fold(), loanCase: loanCase, playbook: try BuiltInPlaybooks.debtor, rules: rules,
                                         now: EventScript().start).document(language: .zh)
        #expect(document.title.hasPrefix("我的上门记录"))
        #expect(document.sections.map(\.title).contains("我的笔记"))
        guard case .signatures(let signers)? = document.sections.last?.blocks.first else { Issue.record("ends with signatures"); return }
        #expect(signers == [RecordSigner(role: "本人（债务人）", name: "张伟")])
        #expect(document.sections.map(\.id) == ["case", "visit", "outcome", "warnings", "notDone", "stages", "notes", "evidence", "footer", "signatures"])
    }

    @Test func theFooterCarriesTheChainHeadAndTheQRCodeMatchesItToTheStore() throws {
        let document = try summary().document(language: .en)
        #expect(document.matchCode == "visitdesk:visit=7;head=h8")
        #expect(document.pageHeader == "HB-2025-0113 · visit #7")
        let footer = try #require(document.sections.first { $0.id == "footer" })
        #expect(footer.blocks.contains(.hash(label: "Chain head (SHA-256)", value: "h8")))
        #expect(footer.blocks.contains(.paragraph("Check this record with:\nvisitdesk verify --visit 7 --head h8")))
        #expect(footer.blocks.contains(.fields([RecordField("Visit id", "7"), RecordField("Events", "8"), RecordField("Generated", "2026-01-02 10:00")])))
    }

    @Test func jsonHasDecimalAmountsAndISOTimes() throws {
        let json = try summary().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let caseObject = try #require(object["case"] as? [String: Any])
        #expect(caseObject["outstanding"] as? String == "62120.70")
        #expect(caseObject["atStartOfVisit"] as? Bool == false)
        #expect(caseObject["phone"] as? String == "138****5678")
        let visit = try #require(object["visit"] as? [String: Any])
        #expect(visit["startedAt"] as? String == "2026-01-01T02:00:00.000Z")
        #expect(visit["durationSeconds"] as? Int == 420)
        let outcome = try #require(object["outcome"] as? [String: Any])
        let plan = try #require(outcome["plan"] as? [String: Any])
        #expect(plan["downPayment"] as? String == "2000.00")
        #expect((plan["schedule"] as? [[String: Any]])?.last?["amount"] as? String == "20040.24")
        let footer = try #require(object["footer"] as? [String: Any])
        #expect(footer["headHash"] as? String == "h8" && footer["eventCount"] as? Int == 8)
        #expect((footer["disclaimer"] as? [String: Any])?["en"] as? String == VisitSummary.disclaimer.en)
        #expect((object["warnings"] as? [[String: Any]])?.first?["severity"] as? String == "serious")
        #expect((object["notDone"] as? [[String: Any]])?.contains { $0["id"] as? String == "arrival.authorisation" } == true)
        #expect((object["signatures"] as? [[String: Any]])?.map { $0["role"] as? String } == ["visitor", "visitor", "debtor"])
    }

    @Test func anOpenVisitSaysSoWithTheTimeSoFar() throws {
        var script = EventScript()
        script.add(.stageEntered(stageID: "notice"))
        let summary = VisitSummary.make(visit: try script.fold(), loanCase: loanCase, playbook: try BuiltInPlaybooks.agent, rules: rules,
                                        now: EventScript().start.addingTimeInterval(3_900))
        #expect(summary.markdown(language: .en).contains("| Ended | still open |"))
        #expect(summary.markdown(language: .en).contains("| Duration so far | 1 h 05 min |"))
        #expect(summary.markdown(language: .en).contains("| Outcome | No outcome recorded |"))
    }
}
