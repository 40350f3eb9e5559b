import Foundation
import Testing
@testable import VisitDesk

/// A stage is settled only when every required item is done, not applicable or skipped with
/// a reason; a stage left with required items open is named in the record's "not done".
@Suite struct StageProgressTests {
    private var playbook: Playbook { get throws { try BuiltInPlaybooks.agent } }

    private func notice(_ marks: [(String, ItemMark)], thenStage: Bool = true) throws -> VisitState {
        var script = EventScript()
        for (id, mark) in marks { script.add(.itemMarked(itemID: id, mark: mark)) }
        if thenStage { script.add(.stageEntered(stageID: "appointment")) }
        return try script.fold()
    }

    @Test func doneNotApplicableAndSkippedWithAReasonSettleAStage() throws {
        let visit = try notice([("notice.reminder-sent", .done), ("notice.amount-stated", .notApplicable),
                                ("notice.consequences", .skipped(reason: "已在电话里讲过")), ("notice.response-recorded", .done)])
        let stage = visit.progress(in: try playbook)[0]
        #expect(stage.isResolved && stage.resolvedCount == stage.requiredCount)
        #expect(!stage.wasLeftOpen(visitEnded: false))
    }

    @Test func aSkipWithoutAReasonOrAPendingItemLeavesItOpen() throws {
        let visit = try notice([("notice.reminder-sent", .done), ("notice.amount-stated", .skipped(reason: "  "))])
        let stage = visit.progress(in: try playbook)[0]
        #expect(stage.resolvedCount == 1 && stage.requiredCount == 3)
        #expect(stage.openItemIDs == ["notice.amount-stated", "notice.response-recorded"])
        #expect(stage.wasLeftOpen(visitEnded: false))
    }

    @Test func theCurrentStageIsLeftOpenOnlyOnceTheVisitEnds() throws {
        let visit = try notice([], thenStage: false)
        let stage = visit.progress(in: try playbook)[0]
        #expect(stage.isCurrent && stage.wasEntered)
        #expect(!stage.wasLeftOpen(visitEnded: false) && stage.wasLeftOpen(visitEnded: true))
        #expect(!visit.progress(in: try playbook)[1].wasEntered, "a stage ahead was never entered")
    }

    @Test(arguments: [Language.zh, .en])
    func theRecordsNotDoneSectionNamesTheStageLeftOpenWithItsCount(language: Language) throws {
        let visit = try notice([("notice.reminder-sent", .done)])
        let summary = VisitSummary.make(visit: visit, loanCase: StoreFixture.cases[0], playbook: try playbook,
                                        rules: RuleConfig(timeZone: TimeZone(identifier: "Asia/Shanghai")!), now: EventScript().start)
        let notDone = try #require(summary.document(language: language).sections.first { $0.id == "notDone" })
        guard case .list(let stages)? = notDone.blocks.first else { Issue.record("no list of stages"); return }
        let expected = LocalizedText(zh: "◐ 1. 逾期提醒 — 离开时必做项 1/3 已处理，2 项未完成",
                                     en: "◐ 1. Initial notice — left with 1/3 required items settled, 2 open")[language]
        #expect(stages == [expected])
        #expect(summary.markdown(language: language).contains(expected))
        let json = summary.json()
        #expect(json.contains("\"requiredCount\": 3,\n") && json.contains("\"requiredSettled\": 1,\n") && json.contains("\"leftOpen\": true"))
    }
}
