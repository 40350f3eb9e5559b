import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct DayReportScreenTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 20)

    static func report(on day: CalendarDay = today) -> DayReport {
        let zone = AppFixture.shanghai
        let visit = DayReport.VisitLine(
            visitID: 7, reference: "HB-2025-0113", debtorName: "张伟", role: .agent, visitors: [Visitor(name: "王强", badge: "A1023")],
            startedAt: AppFixture.now, endReason: .completed,
            outcome: .promiseToPay(date: day.adding(days: 7), amount: Money(fen: 300_000), method: .alipayAutoDebit),
            warnings: [RuleWarning(id: .tooFewVisitors, severity: .warning, text: LocalizedText(zh: "上门人员少于 2 人", en: "Fewer than 2 visitors"))])
        let obligation = Obligation(id: "V3-1", caseID: 2, visitID: 3, number: 1, agreedOn: day.adding(days: -10), due: day, amount: Money(yuan: 500),
                                    paid: Money(yuan: 500), graceEnds: day.adding(days: 3), settled: .kept, markReason: nil)
        return DayReport(day: day, timeZone: zone, asOf: day, agent: nil, visits: [visit],
                         obligations: [DayReport.ObligationLine(reference: "JB-2025-0207", debtorName: "李娜", obligation: obligation, state: .kept)],
                         contacts: [DayReport.ContactLine(reference: "HB-2025-0311", debtorName: "欧阳娜娜", attempt: ContactAttempt(
                            channel: .sms, at: AppFixture.now.addingTimeInterval(-3600), result: .reached))],
                         appointments: [])
    }

    @Test func capitalROpensTheDaysReportWhichLoadsThroughTheRunner() {
        var state = AppFixture.state()
        #expect(AppFixture.press(&state, .character("R")) == [.loadDayReport(day: Self.today)])
        #expect(AppFixture.screenText(state).contains("Loading…"))
        AppFixture.send(&state, .dayReportLoaded(Self.report()))
        let screen = AppFixture.screenText(state)
        for text in ["Day report · 2026-11-20", "Visits               1", "Promised             ¥3,000.00", "Kept rate            100%",
                     "Contact attempts     1", "HB-2025-0113"] {
            #expect(screen.contains(text), "\(text)")
        }
        AppFixture.press(&state, .character("G"))
        #expect(AppFixture.screenText(state).contains("[Warning] HB-2025-0113 #7: Fewer than 2 visitors"))
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
    }

    @Test func bracketsMoveADayAndTheLanguageSwitchesTheWholePage() {
        var state = AppFixture.state(width: 80, height: 24)
        AppFixture.press(&state, .character("R"))
        AppFixture.send(&state, .dayReportLoaded(Self.report()))
        AppFixture.press(&state, .character("L"))
        #expect(AppFixture.screenText(state).contains("当日工作报告 · 2026-11-20"))
        #expect(AppFixture.screenText(state).contains("承诺还款  ¥3,000.00"))
        #expect(AppFixture.press(&state, .character("]")) == [.loadDayReport(day: Self.today.adding(days: 1))])
        AppFixture.send(&state, .dayReportLoaded(Self.report()))
        #expect(AppFixture.screenText(state).contains("正在载入…"), "the report of the day before is not shown")
        AppFixture.send(&state, .dayReportLoaded(Self.report(on: Self.today.adding(days: 1))))
        #expect(AppFixture.screenText(state).contains("2026-11-21"))
    }

    @Test func aFailedReadIsShownInPlaceUntilAnotherDayIsAskedFor() {
        var state = AppFixture.state(width: 80, height: 24)
        AppFixture.press(&state, .character("R"))
        AppFixture.send(&state, .dayReportFailed(day: Self.today, "The database is busy: try again"))
        var screen = AppFixture.screenText(state)
        #expect(screen.contains("Could not be read: The database is busy: try again"), "\(screen)")
        #expect(screen.contains("Press [ or ] to read another day"))
        #expect(!screen.contains("Loading…"))
        #expect(AppFixture.press(&state, .character("[")) == [.loadDayReport(day: Self.today.adding(days: -1))])
        screen = AppFixture.screenText(state)
        #expect(screen.contains("Loading…") && !screen.contains("Could not be read"))
        AppFixture.send(&state, .dayReportFailed(day: Self.today, "late answer"))
        #expect(AppFixture.screenText(state).contains("Loading…"), "an answer for another day does not cover this one")
        #expect(state.message == .error("late answer"))
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
    }

    @Test func theReportScrollsAndFitsThePane() {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = AppFixture.state(width: width, height: height, language: .zh)
            AppFixture.press(&state, .character("R"))
            AppFixture.send(&state, .dayReportLoaded(Self.report()))
            let first = DeskRenderer.render(state).textLines()
            #expect(first.allSatisfy { $0.displayWidth <= width })
            AppFixture.press(&state, .pageDown)
            #expect(DeskRenderer.render(state).textLines() != first)
        }
    }

    @Test func keysAreBoundOnceAndListedInTheHelp() {
        #expect(AppFixture.duplicateKeys(DayReportScreen.self).isEmpty)
        #expect(DeskCatalog.helpSections(.zh).contains { $0.title == "当日工作报告" })
        #expect(DeskCatalog.helpSections(.en).first { $0.title == "desk" }?.keys.contains { $0.label == "R" } == true)
    }
}
