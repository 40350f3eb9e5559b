import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// Where the case's records show: the case details (in full at 120×40, fitted at 80×24),
/// the case's history among its visits, the start-visit form (from the appointment) and the
/// checklist's record checks.
@Suite struct CaseRecordsShownTests {
    static let start = AppFixture.now.addingTimeInterval(-1_800)

    static func records() -> [CaseEventKind] {
        let day = { (offset: Int) in CalendarDay(year: 2026, month: 11, day: 20).adding(days: offset) }
        let letter = ContactAttempt(channel: .letter, at: AppFixture.now.addingTimeInterval(-86_400), result: .reached, note: "挂号信")
        var kinds: [CaseEventKind] = [.contactAttempted(letter)]
        for daysBefore in 2...5 {
            let call = ContactAttempt(channel: .phone, at: AppFixture.now.addingTimeInterval(Double(-daysBefore) * 86_400), result: .noAnswer)
            kinds.append(.contactAttempted(call))
        }
        kinds.append(.appointmentSet(Appointment(id: "A1", day: day(0), time: TimeOfDay(hour: 14, minute: 0), place: "小区门口",
                                                 visitors: [Visitor(name: "王磊", badge: "WF-0312"), Visitor(name: "赵敏")], confirmed: true)))
        kinds.append(.appointmentSet(Appointment(id: "A2", day: day(7), time: TimeOfDay(hour: 9, minute: 30), place: "单位",
                                                 visitors: [], confirmed: false)))
        kinds.append(.nextActionSet(NextAction(day: day(2), kind: .call, note: "确认还款")))
        return kinds
    }

    /// The next action the store reads for these records: the hand-set one, still in effect.
    static let handSet = NextAction(day: CalendarDay(year: 2026, month: 11, day: 22), kind: .call, note: "确认还款")

    static func events(_ kinds: [CaseEventKind] = records()) -> [CaseEvent] {
        kinds.enumerated().map { index, kind in
            CaseEvent(caseID: 1, sequence: index + 1, at: AppFixture.now.addingTimeInterval(Double(index - 20) * 3_600), kind: kind, hash: "h")
        }
    }

    static let obligations = (1...4).map { number in
        Obligation(id: "V7-\(number)", caseID: 1, visitID: 7, number: number, agreedOn: CalendarDay(year: 2026, month: 10, day: 1),
                   due: CalendarDay(year: 2026, month: 10 + number / 3, day: 5 * number), amount: Money(fen: 100_000), paid: .zero,
                   graceEnds: CalendarDay(year: 2026, month: 10 + number / 3, day: 5 * number + 3), settled: .pending, markReason: nil)
    }

    static func shown(width: Int, height: Int, language: Language = .en) -> DeskState {
        var state = AppFixture.state(width: width, height: height, language: language)
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: nil, draft: nil))
        AppFixture.send(&state, .caseRecordsLoaded(caseID: 1, CaseRecords.fold(events()), obligations, nextAction: handSet))
        return state
    }

    @Test func atOneHundredTwentyByFortyEverySectionIsListed() {
        let screen = AppFixture.screenText(Self.shown(width: 120, height: 40))
        for line in ["Next action 2026-11-22 call", "确认还款", "Appointments (2)",
                     "A1 2026-11-20 14:00 · 小区门口 · 王磊/WF-0312, 赵敏 · confirmed", "A2 2026-11-27 09:30 · 单位 · not confirmed",
                     "Contacts (5)", "2026-11-19 10:30 letter · reached — 挂号信", "…and 2 more",
                     "Obligations (4, broken 3)", "V7-1 2026-10-05 ¥1,000.00 · broken", "V7-4 2026-11-20 ¥1,000.00 · pending"] {
            #expect(screen.contains(line), "\(line)\n\(screen)")
        }
        #expect(!screen.contains("2026-11-16 10:30 phone"), "only the last three contacts")
    }

    @Test func atEightyByTwentyFourTheRecordsFitInTheCasePane() {
        let state = Self.shown(width: 80, height: 24)
        let rows = DeskRenderer.render(state).textLines()
        let layout = state.layout
        let pane = rows[layout.stage.y..<layout.stage.maxY].map { String($0.dropFirst(layout.stage.x)) }.joined(separator: "\n")
        for title in ["Next action 2026-11-22 call", "Appointments (2)", "Contacts (5)", "Obligations (4, broken 3)"] {
            #expect(pane.contains(title), "every section's title with its count\n\(pane)")
        }
        #expect(pane.contains("张伟 · 花呗") && pane.contains("Address"), "the case's own details stay")
    }

    @Test func fittedSectionsEndInAndMoreWithTheirCounts() {
        var session = CaseSession(loanCase: AppFixture.cases[0])
        session.records = CaseRecords.fold(Self.events())
        session.obligations = Self.obligations
        session.nextAction = Self.handSet
        session.today = CalendarDay(year: 2026, month: 11, day: 20)
        session.timeZone = AppFixture.shanghai
        let sections = CaseRecordSections.sections(session, .en)
        let fitted = CaseRecordSections.fitted(sections, rows: 10, language: .en).map(\.text)
        #expect(fitted.count <= 10)
        #expect(fitted.filter { !$0.hasPrefix("  ") }.count == 4, "every section's title: \(fitted)")
        #expect(fitted.contains("  …and 3 more"), "\(fitted)")
        #expect(CaseRecordSections.fitted(sections, rows: 3, language: .en).count == 1, "too few rows: one line of titles")
        #expect(CaseRecordSections.fitted([], rows: 10, language: .en).isEmpty)
    }

    @Test func theCaseHistoryListsItsRecordsUnderItsVisitsNewestFirst() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("h"))
        let row = VisitListRow(id: 7, caseID: 1, caseReference: "HB-2025-0113", debtorName: "张伟", role: .agent, playbookID: "agent",
                               startedAt: Self.start, endedAt: nil, endReason: nil, outcomeCode: nil, eventCount: 8)
        AppFixture.send(&state, .historyLoaded([row]))
        AppFixture.send(&state, .historyRecordsLoaded(caseID: 1, Self.events().map { AuthoredCaseEvent(event: $0, author: nil) }))
        let history = state.screens.last as? HistoryScreen
        #expect(history?.entries.count == 9)
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("8 case records"))
        #expect(screen.contains("2026-11-19 10:30 · contact: letter · reached — 挂号信"), "the contact's own time leads its row")
        #expect(screen.contains("next action: call 2026-11-22 — 确认还款"))
        let lines = screen.components(separatedBy: "\n")
        let visitLine = lines.firstIndex { $0.contains("2026-11-20 10:00 HB-2025-0113") }
        let letterLine = lines.firstIndex { $0.contains("contact: letter") }
        #expect(visitLine != nil && letterLine != nil && visitLine! < letterLine!, "the visits first")
        let nextAction = lines.firstIndex { $0.contains("next action: call") }
        #expect(nextAction != nil && letterLine! > nextAction!, "the records newest first")
        #expect(AppFixture.press(&state, .enter) == [.openReview(visitID: 7, language: .en)], "Enter on the first row opens the latest visit")
        AppFixture.press(&state, .end)
        #expect(AppFixture.press(&state, .enter).isEmpty, "a record has no review")
    }

    @Test func startingAVisitTakesPlaceAndVisitorsFromTodaysAppointment() throws {
        var state = Self.shown(width: 120, height: 40)
        #expect(AppFixture.press(&state, .character("v")).isEmpty, "the case is shown: its records are known")
        let dialog = try #require(state.dialogs.last as? StartVisitDialog)
        #expect(dialog.form.text(at: StartVisitForm.visitorsField) == "王磊/WF-0312, 赵敏")
        #expect(dialog.form.text(at: StartVisitForm.locationField) == "小区门口")
        #expect(dialog.form.fields[StartVisitForm.locationField].isPrefilled, "typing replaces the suggestion")
    }

    @Test func startingAVisitOnAnotherCaseReadsItAndFillsTheFormWhenItsRecordsArrive() throws {
        var state = AppFixture.state()
        let effects = AppFixture.press(&state, .character("v"))
        #expect(effects == [.openCase(id: 1)])
        #expect((state.dialogs.last as? StartVisitDialog)?.form.text(at: StartVisitForm.locationField) == "")
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: nil, draft: nil))
        AppFixture.send(&state, .caseRecordsLoaded(caseID: 1, CaseRecords.fold(Self.events()), [], nextAction: Self.handSet))
        #expect((state.dialogs.last as? StartVisitDialog)?.form.text(at: StartVisitForm.locationField) == "小区门口")
    }

    @Test func theAppointmentChosenIsTodaysElseTheNextElseTheLast() {
        let appointment = { (id: String, day: Int) in
            Appointment(id: id, day: CalendarDay(year: 2026, month: 11, day: day), time: TimeOfDay(hour: 10, minute: 0), place: id, visitors: [], confirmed: true)
        }
        let records = { (list: [Appointment]) in CaseRecords.fold(Self.events(list.map { .appointmentSet($0) })) }
        let today = CalendarDay(year: 2026, month: 11, day: 20)
        #expect(StartVisitForm.appointment(in: records([appointment("A1", 18), appointment("A2", 20), appointment("A3", 22)]), today: today)?.id == "A2")
        #expect(StartVisitForm.appointment(in: records([appointment("A1", 18), appointment("A3", 22), appointment("A4", 25)]), today: today)?.id == "A3")
        #expect(StartVisitForm.appointment(in: records([appointment("A1", 16), appointment("A2", 18)]), today: today)?.id == "A2")
        #expect(StartVisitForm.appointment(in: records([]), today: today) == nil)
    }

    @Test func aRecordCheckShowsWhatTheRecordsSayAndCannotBeTicked() {
        var state = AppFixture.state()
        let visit = AppFixture.visit([VisitEvent(visitID: 7, sequence: 1, at: Self.start, kind: .started(
            role: .agent, playbookID: "agent", visitors: [Visitor(name: "王强", badge: "A1023")], location: "客厅"), hash: "")])
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: visit, draft: nil))
        AppFixture.send(&state, .caseRecordsLoaded(caseID: 1, CaseRecords.fold(Self.events()), [], nextAction: Self.handSet))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("[✗]  Notice sent at least 3 days before the visit"), "one day before is too late\n\(screen)")
        #expect(screen.contains("✗ the notice (letter 2026-11-19) was later than 3 days before the visit"), "the detail strip says why")
        let effects = AppFixture.press(&state, .character(" "))
        #expect(AppFixture.writes(effects).isEmpty)
        #expect(state.message?.text == UIText.checkCannotBeTicked.en)
    }

    @Test func theReviewOfAVisitSaysWhatTheRecordsAnswered() throws {
        let playbook = try BuiltInPlaybooks.agent
        let visit = AppFixture.visit([VisitEvent(visitID: 7, sequence: 1, at: Self.start, kind: .started(
            role: .agent, playbookID: "agent", visitors: [], location: "客厅"), hash: "")])
        let letter = ContactAttempt(channel: .letter, at: Self.start.addingTimeInterval(-4 * 86_400), result: .reached)
        let checks = RecordChecks(playbook: playbook, visit: visit, records: CaseRecords.fold(Self.events([.contactAttempted(letter)])),
                                  timeZone: AppFixture.shanghai)
        let lines = ReviewDocument(visit: visit, loanCase: AppFixture.cases[0], playbook: playbook, language: .en,
                                   clock: VisitClock(timeZone: AppFixture.shanghai), checks: checks).lines
        #expect(lines.contains("   [✓] Notice sent at least 3 days before the visit — from the case's records: letter 2026-11-16"), "\(lines)")
        #expect(lines.contains("   [ ] Visit time agreed and confirmed by the debtor — no confirmed appointment"))
    }
}
