import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

struct WorklistScreenTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 20)

    static func label(_ index: Int) -> Worklist.CaseLabel {
        let loanCase = AppFixture.cases[index]
        return Worklist.CaseLabel(caseID: loanCase.id!, reference: loanCase.reference, debtorName: loanCase.debtorName)
    }

    /// One line in each section: an appointment with 李娜 (case 2), 欧阳娜娜's broken promise (case 3), a call to 张伟 (case 1).
    static func worklist(on day: CalendarDay = today) -> Worklist {
        let obligation = Obligation(id: "V4-1", caseID: 3, visitID: 4, number: 1, agreedOn: day.adding(days: -20), due: day.adding(days: -5),
                                    amount: Money(fen: 45_050), paid: .zero, graceEnds: day.adding(days: -2), settled: .pending, markReason: nil)
        return Worklist(
            day: day,
            appointments: [Worklist.AppointmentLine(label: label(1), address: AppFixture.cases[1].address, appointment: Appointment(
                id: "A1", day: day, time: TimeOfDay(hour: 14, minute: 30), place: "世纪大道100号（家中）",
                visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋", badge: "A1077")], confirmed: true))],
            obligations: [Worklist.ObligationLine(label: label(2), obligation: obligation, reason: .lapsed, state: .broken)], obligationTotal: 1,
            nextActions: [Worklist.NextActionLine(label: label(0), day: day.adding(days: -1), kind: .call)],
            nextActionTotal: 1)
    }

    @Test func tOpensTodaysWorklistWhichLoadsThroughTheRunner() {
        var state = AppFixture.state()
        #expect(AppFixture.press(&state, .character("t")) == [.loadWorklist(day: Self.today)])
        #expect(state.screens.last is WorklistScreen)
        #expect(AppFixture.screenText(state).contains("Loading…"))
        // On a screen `t` is not the desk's: it opens nothing more.
        #expect(AppFixture.press(&state, .character("t")).isEmpty && state.screens.count == 1)
    }

    @Test func theThreeSectionsAreShownAndEnterOpensTheCaseOfTheSelectedLine() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("t"))
        AppFixture.send(&state, .worklistLoaded(Self.worklist()))
        let screen = AppFixture.screenText(state)
        for text in ["Worklist · 2026-11-20", "Appointments (1)", "14:30 JB-2025-0207 李娜", "王强、刘洋", "Obligations due or lapsed (1)",
                     "HB-2025-0311 欧阳娜娜", "¥450.50", "broken", "lapsed 2026-11-18", "Next actions due (1)", "2026-11-19 HB-2025-0113 张伟", "call"] {
            #expect(screen.contains(text), "\(text)")
        }
        #expect(!screen.contains(AppFixture.cases[1].phone) && !screen.contains(AppFixture.cases[1].idNumber))
        #expect(AppFixture.press(&state, .enter) == [.openCase(id: 2)])
        #expect(state.screens.isEmpty)
    }

    @Test func movingSkipsTheSectionHeadings() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("t"))
        AppFixture.send(&state, .worklistLoaded(Self.worklist()))
        AppFixture.press(&state, .character("j"))
        var copy = state
        #expect(AppFixture.press(&copy, .enter) == [.openCase(id: 3)])
        AppFixture.press(&state, .character("j"), .character("j"))
        copy = state
        #expect(AppFixture.press(&copy, .enter) == [.openCase(id: 1)])
        AppFixture.press(&state, .character("g"))
        #expect(AppFixture.press(&state, .enter) == [.openCase(id: 2)])
    }

    @Test func bracketsAndArrowsMoveADayAndAnAnswerForAnotherDayIsDropped() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("t"))
        #expect(AppFixture.press(&state, .character("]")) == [.loadWorklist(day: Self.today.adding(days: 1))])
        AppFixture.send(&state, .worklistLoaded(Self.worklist()))
        #expect(AppFixture.screenText(state).contains("Loading…"), "the answer for the day before is not shown")
        AppFixture.send(&state, .worklistLoaded(Self.worklist(on: Self.today.adding(days: 1))))
        #expect(AppFixture.screenText(state).contains("Worklist · 2026-11-21"))
        #expect(AppFixture.press(&state, .left) == [.loadWorklist(day: Self.today)])
        #expect(AppFixture.press(&state, .character("[")) == [.loadWorklist(day: Self.today.adding(days: -1))])
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
    }

    @Test func aFailedReadIsShownInPlaceUntilAnotherDayIsAskedFor() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("t"))
        AppFixture.send(&state, .worklistFailed(day: Self.today, "database disk image is malformed"))
        var screen = AppFixture.screenText(state)
        #expect(screen.contains("Could not be read: database disk image is malformed"), "\(screen)")
        #expect(screen.contains("Press [ or ] to read another day, Esc to go back"))
        #expect(!screen.contains("Loading…"))
        // An answer for a day no longer shown goes to the status line, not over the day shown.
        AppFixture.send(&state, .worklistFailed(day: Self.today.adding(days: -3), "busy"))
        #expect(state.message == .error("busy"))
        #expect(AppFixture.press(&state, .character("]")) == [.loadWorklist(day: Self.today.adding(days: 1))])
        screen = AppFixture.screenText(state)
        #expect(screen.contains("Loading…") && !screen.contains("Could not be read"))
        AppFixture.send(&state, .worklistLoaded(Self.worklist(on: Self.today.adding(days: 1))))
        #expect(AppFixture.screenText(state).contains("Appointments (1)"))
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
    }

    @Test func aFailedReadIsSaidInChineseAndWrapsAt80By24() {
        var state = AppFixture.state(width: 80, height: 24, language: .zh)
        AppFixture.press(&state, .character("t"))
        let reason = String(repeating: "数据库文件已损坏，", count: 8)
        AppFixture.send(&state, .worklistFailed(day: Self.today, reason))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("无法读取：数据库文件已损坏"))
        #expect(screen.contains("按 [ 或 ] 换一天重新读取，Esc 返回"), "the hint follows the whole reason\n\(screen)")
    }

    @Test func anEmptyDaySaysNoneInEachSection() {
        var state = AppFixture.state(language: .zh)
        AppFixture.press(&state, .character("t"))
        AppFixture.send(&state, .worklistLoaded(Worklist(day: Self.today, appointments: [], obligations: [], obligationTotal: 0, nextActions: [], nextActionTotal: 0)))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("预约 (0)") && screen.contains("到期与违约 (0)") && screen.contains("待办下一步 (0)"))
        #expect(screen.components(separatedBy: "无").count - 1 >= 3)
        #expect(AppFixture.press(&state, .enter).isEmpty)
    }

    @Test func aCappedListSaysHowManyThereAreInAll() {
        var worklist = Self.worklist()
        worklist.nextActionTotal = 1_234
        worklist.obligationTotal = 19_215
        #expect(WorklistText.nextActionsHeading(worklist, language: .en) == "Next actions due (first 1 of 1234)")
        #expect(WorklistText.nextActionsHeading(worklist, language: .zh) == "待办下一步 (前 1 条，共 1234 条)")
        #expect(WorklistText.obligationsHeading(worklist, language: .en) == "Obligations due or lapsed (first 1 of 19215)")
    }

    @Test func readableAt80By24And120By40InBothLanguages() {
        for (width, height) in [(80, 24), (120, 40)] {
            for language in Language.allCases {
                var state = AppFixture.state(width: width, height: height, language: language)
                AppFixture.press(&state, .character("t"))
                AppFixture.send(&state, .worklistLoaded(Self.worklist()))
                let lines = DeskRenderer.render(state).textLines()
                #expect(lines.count == height)
                #expect(lines.allSatisfy { $0.displayWidth <= width })
                #expect(lines.contains { $0.contains("14:30 JB-2025-0207") }, "\(width)x\(height) \(language)")
                #expect(lines.contains { $0.contains("HB-2025-0311") && $0.contains("¥450.50") }, "\(width)x\(height) \(language)")
            }
        }
    }

    @Test func keysAreBoundOnceAndListedInTheHelp() {
        #expect(AppFixture.duplicateKeys(WorklistScreen.self).isEmpty)
        let sections = DeskCatalog.helpSections(.en)
        #expect(sections.contains { $0.title == "worklist" })
        #expect(sections.first { $0.title == "desk" }?.keys.contains { $0.label == "t" && $0.help == "worklist" } == true)
    }
}
