import Foundation
import TUI
import TestSupport
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The desk drawn from fixed states, compared with golden screens (text and style roles)
/// beside this test (`UPDATE_GOLDEN=1` rewrites them on purpose).
struct DeskRenderGoldenTests {
    private func expectGolden(_ state: DeskState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = GoldenFile.screen(of: DeskRenderer.render(state))
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).txt").path
        if let mismatch = GoldenFile.mismatch(text, path: path) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    @Test func agentVisitMidwayInChinese() {
        expectGolden(AppFixture.withOpenVisit(width: 120, height: 40, language: .zh), "agent-visit-zh-120x40")
        expectGolden(AppFixture.withOpenVisit(width: 80, height: 24, language: .zh), "agent-visit-zh-80x24")
    }

    /// The case before a visit with its records: in full at 120×40, fitted at 80×24.
    @Test func caseDetailsWithTheirRecords() {
        expectGolden(CaseRecordsShownTests.shown(width: 120, height: 40), "case-records-en-120x40")
        expectGolden(CaseRecordsShownTests.shown(width: 80, height: 24, language: .zh), "case-records-zh-80x24")
    }

    @Test func agentVisitMidwayInEnglishWithARevealAndADraft() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        AppFixture.press(&state, .character("r"), .character("y"))
        AppFixture.send(&state, .revealRecorded(caseID: 1, revealed: true))
        AppFixture.press(&state, .character("n"))
        _ = AppFixture.type(&state, "债务人说下个月发工资后先还三千")
        expectGolden(state, "agent-visit-en-note-80x24")
    }

    @Test func debtorVisit() {
        var state = AppFixture.state(width: 80, height: 24, language: .zh)
        let events = [
            VisitEvent(visitID: 9, sequence: 1, at: AppFixture.now, kind: .started(role: .debtor, playbookID: "debtor",
                       visitors: [Visitor(name: "陈某", badge: "工号0931")], location: "家门口"), hash: ""),
            VisitEvent(visitID: 9, sequence: 2, at: AppFixture.now.addingTimeInterval(60), kind: .stageEntered(stageID: "visitors"), hash: ""),
            VisitEvent(visitID: 9, sequence: 3, at: AppFixture.now.addingTimeInterval(90), kind: .itemMarked(itemID: "visitors.staff-id", mark: .done), hash: ""),
        ]
        AppFixture.send(&state, .caseOpened(AppFixture.cases[1], visit: try! VisitState.fold(events, caseID: 2), draft: nil))
        expectGolden(state, "debtor-visit-zh-80x24")
    }

    @Test func outcomeFormWithAnError() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24, language: .zh)
        AppFixture.press(&state, .character("o"), .character("p"), .tab)
        _ = AppFixture.type(&state, "六千")
        AppFixture.press(&state, .ctrl("s"))
        expectGolden(state, "outcome-form-error-zh-80x24")
    }

    @Test func planFormWithTwoErrorsAtOnce() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        AppFixture.press(&state, .character("o"), .character("l"))
        _ = AppFixture.type(&state, "70000")
        AppFixture.press(&state, .tab, .tab)
        _ = AppFixture.type(&state, "12")
        AppFixture.press(&state, .tab, .tab, .tab)
        _ = AppFixture.type(&state, "2020-01-01")
        AppFixture.press(&state, .ctrl("s"))
        expectGolden(state, "plan-form-two-errors-en-80x24")
    }

    @Test func helpOverlay() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24)
        AppFixture.press(&state, .character("?"))
        expectGolden(state, "help-en-80x24")
    }

    @Test func reviewOfAPastVisit() throws {
        var state = AppFixture.state(width: 120, height: 40, language: .zh)
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .undone(sequence: 8), hash: ""))
        events.append(VisitEvent(visitID: 7, sequence: 10, at: AppFixture.now, kind: .ended(reason: .completed), hash: ""))
        let visit = AppFixture.visit(events)
        let lines = ReviewDocument(visit: visit, loanCase: AppFixture.cases[0], playbook: try BuiltInPlaybooks.agent,
                                   language: .zh, clock: state.clock).lines
        AppFixture.send(&state, .reviewLoaded(visitID: 7, heading: "查看（只读）· HB-2025-0113 张伟", lines: lines))
        expectGolden(state, "review-zh-120x40")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func summaryScreenFitsItsPaneWithoutWrappedRules(width: Int, height: Int) throws {
        var state = AppFixture.withOpenVisit(width: width, height: height, language: .zh)
        let summary = VisitSummary.make(
            visit: AppFixture.visit(AppFixture.agentEvents()), loanCase: AppFixture.cases[0], playbook: try BuiltInPlaybooks.agent,
            warnings: state.session?.warnings ?? [], timeZone: AppFixture.shanghai, now: AppFixture.now)
        let document = summary.document(language: .zh)
        AppFixture.send(&state, .summaryLoaded(SummaryDocument(visitID: 7, title: "上门小结 · HB-2025-0113 张伟", document: document,
                                                       lines: SummaryText(document: document).lines, markdown: "",
                                                       fileStem: "HB-2025-0113-visit-7")))
        let rule = String(repeating: "=", count: width - 3)
        var seenRules = 0
        for _ in 0..<12 {
            for line in DeskRenderer.render(state).textLines() where line.contains("==") {
                #expect(line == "│ " + rule + "│", "a rule spans the pane exactly, never wrapping: \(line)")
                seenRules += 1
            }
            AppFixture.press(&state, .pageDown)
        }
        #expect(seenRules >= 2, "the rules at the top and at the end were on screen")
        state = AppFixture.withOpenVisit(width: width, height: height, language: .zh)
        AppFixture.send(&state, .summaryLoaded(SummaryDocument(visitID: 7, title: "上门小结 · HB-2025-0113 张伟", document: document,
                                                       lines: [], markdown: "", fileStem: "HB-2025-0113-visit-7")))
        AppFixture.press(&state, .pageDown)
        expectGolden(state, "summary-zh-\(width)x\(height)")
    }

    @Test func atTheMinimumSizeTheVisitStaysReadable() {
        var state = AppFixture.withOpenVisit(width: 60, height: 16)
        AppFixture.press(&state, .character("j"))
        expectGolden(state, "agent-visit-en-60x16")
    }

    @Test func minusOnADoneItemAsksFirst() {
        var state = AppFixture.withOpenVisit(width: 80, height: 24, language: .zh)
        AppFixture.press(&state, .character("-"))
        expectGolden(state, "confirm-not-applicable-zh-80x24")
    }

    @Test func belowTheMinimumSize() {
        expectGolden(AppFixture.withOpenVisit(width: 50, height: 12), "too-small-50x12")
    }

    @Test func emptyDatabaseSaysHowToLoadCases() {
        var state = AppFixture.state(width: 80, height: 24, language: .zh)
        AppFixture.send(&state, .casesLoaded(count: CaseCount(value: 0), offset: 0, rows: []))
        expectGolden(state, "empty-database-zh-80x24")
    }

    @Test func wideGlyphsNeverStraddleAPaneEdge() {
        for width in 60...90 {
            let lines = DeskRenderer.render(AppFixture.withOpenVisit(width: width, height: 24, language: .zh)).textLines()
            for line in lines { #expect(line.displayWidth == width, "width \(width): \(line)") }
        }
    }
}
