import Foundation
import Testing
@testable import VisitDesk

/// Items answered by the case's records: a notice N days before the visit, a confirmed
/// appointment, a contact that reached the debtor — read from the records at the visit's
/// start, never ticked; a satisfied one counts as done wherever required items are counted.
@Suite struct RecordCheckTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-01-01 10:00 in Shanghai, the start of `EventScript`'s visit.
    static let visitStart = EventScript().start

    private func records(_ kinds: [CaseEventKind]) -> CaseRecords {
        CaseRecords.fold(kinds.enumerated().map { index, kind in
            CaseEvent(caseID: 3, sequence: index + 1, at: Self.visitStart.addingTimeInterval(Double(index - 100) * 3_600), kind: kind, hash: "h")
        })
    }

    private func contact(_ channel: ContactChannel, _ result: ContactResult, daysBefore: Double, hours: Double = 0) -> CaseEventKind {
        .contactAttempted(ContactAttempt(channel: channel, at: Self.visitStart.addingTimeInterval(-daysBefore * 86_400 - hours * 3_600), result: result))
    }

    private func appointment(_ id: String, _ day: CalendarDay, confirmed: Bool) -> CaseEventKind {
        .appointmentSet(Appointment(id: id, day: day, time: TimeOfDay(hour: 10, minute: 0), place: "客厅", visitors: [], confirmed: confirmed))
    }

    private func evaluate(_ check: RecordCheck, _ kinds: [CaseEventKind]) -> RecordCheckResult {
        check.evaluate(records(kinds), visitStart: Self.visitStart, timeZone: Self.shanghai)
    }

    @Test func aNoticeThreeCalendarDaysBeforeCountsAndTwoDaysDoesNot() {
        let check = RecordCheck.noticeSent(daysBefore: 3)
        // 2025-12-29 23:00 is three calendar days before 2026-01-01 whatever the hour.
        let edge = evaluate(check, [contact(.letter, .reached, daysBefore: 2, hours: 11)])
        #expect(edge.isSatisfied)
        #expect(edge.explanation.en == "from the case's records: letter 2025-12-29")
        #expect(edge.explanation.zh == "案件记录：信函 2025-12-29")
        let late = evaluate(check, [contact(.sms, .reached, daysBefore: 2)])
        #expect(!late.isSatisfied)
        #expect(late.explanation.en == "the notice (SMS 2025-12-30) was later than 3 days before the visit")
        #expect(!evaluate(check, []).isSatisfied)
        #expect(evaluate(check, []).explanation.en == "no notice sent 3 days before the visit in the case's records")
    }

    @Test func aFailedCallOrAVisitIsNoNotice() {
        let check = RecordCheck.noticeSent(daysBefore: 1)
        #expect(!evaluate(check, [contact(.phone, .noAnswer, daysBefore: 5), contact(.visit, .reached, daysBefore: 5),
                                  contact(.sms, .wrongNumber, daysBefore: 5)]).isSatisfied)
        #expect(evaluate(check, [contact(.appMessage, .noAnswer, daysBefore: 5)]).isSatisfied, "a message sent counts even unanswered")
        #expect(evaluate(RecordCheck.noticeSent(daysBefore: 0), [contact(.phone, .reached, daysBefore: 0, hours: 1)]).isSatisfied)
    }

    @Test func onlyAConfirmedStandingAppointmentOnOrBeforeTheVisitDayCounts() {
        let check = RecordCheck.appointmentConfirmed
        let visitDay = CalendarDay(year: 2026, month: 1, day: 1)
        #expect(!evaluate(check, [appointment("A1", visitDay, confirmed: false)]).isSatisfied)
        #expect(evaluate(check, [appointment("A1", visitDay, confirmed: false), appointment("A1", visitDay, confirmed: true)]).isSatisfied,
                "recorded again under its id with confirmed = yes")
        #expect(!evaluate(check, [appointment("A1", visitDay.adding(days: 1), confirmed: true)]).isSatisfied, "an appointment after the visit")
        #expect(!evaluate(check, [appointment("A1", visitDay, confirmed: true),
                                  .appointmentCancelled(appointmentID: "A1", reason: "改期")]).isSatisfied)
        let met = evaluate(check, [appointment("A2", visitDay.adding(days: -1), confirmed: true)])
        #expect(met.explanation.en == "from the case's records: appointment A2 2025-12-31 10:00 confirmed")
        #expect(evaluate(check, []).explanation.en == "no confirmed appointment")
    }

    @Test func aContactReachedIsOneThatReachedTheDebtorBeforeTheVisit() {
        let check = RecordCheck.contactReached
        #expect(!evaluate(check, [contact(.phone, .noAnswer, daysBefore: 1), contact(.phone, .refused, daysBefore: 1)]).isSatisfied)
        #expect(evaluate(check, [contact(.phone, .appointmentMade, daysBefore: 1)]).isSatisfied)
        #expect(!evaluate(check, [contact(.phone, .reached, daysBefore: -1)]).isSatisfied, "after the visit started")
    }

    @Test func aSatisfiedCheckSettlesItsRequiredItemAndAnOldTickStillCounts() throws {
        let playbook = try BuiltInPlaybooks.agent
        let visit = try EventScript().fold()
        let met = RecordChecks(playbook: playbook, visit: visit, records: records([contact(.letter, .reached, daysBefore: 4)]),
                               timeZone: Self.shanghai)
        #expect(met["notice.reminder-sent"]?.isSatisfied == true)
        #expect(met["appointment.time-agreed"]?.isSatisfied == false)
        #expect(visit.progress(in: playbook, checks: met)[0].openItemIDs == ["notice.amount-stated", "notice.response-recorded"])
        #expect(visit.progress(in: playbook)[0].openItemIDs.first == "notice.reminder-sent", "without the records it is open")
        // A visit recorded before the item became a check keeps its tick.
        var script = EventScript()
        script.add(.itemMarked(itemID: "appointment.time-agreed", mark: .done))
        #expect(try script.fold().effectiveMark(of: "appointment.time-agreed", checks: met) == .done)
    }

    @Test func theBuiltInAgentPlaybookChecksTheNoticeAndTheAppointment() throws {
        let agent = try BuiltInPlaybooks.agent
        #expect(agent.item("notice.reminder-sent")?.check == .noticeSent(daysBefore: 3))
        #expect(agent.item("appointment.time-agreed")?.check == .appointmentConfirmed)
        #expect(agent.stages.flatMap(\.items).filter { $0.check != nil }.count == 2)
    }
}

/// `check` and `days_before` in a playbook file: read, written back, and refused with the line.
@Suite struct PlaybookRecordCheckTOMLTests {
    static func playbook(_ itemLines: String) -> String {
        """
        id = "checks"
        role = "agent"
        title.zh = "检查"
        title.en = "Checks"

        [[stages]]
        id = "notice"
        title.zh = "提醒"
        title.en = "Notice"

        [[stages.items]]
        id = "notice.sent"
        text.zh = "已提醒"
        text.en = "Notice sent"
        \(itemLines)
        """
    }

    @Test func eachCheckIsReadAndWrittenBack() throws {
        for (lines, check) in [("check = \"notice-sent\"\ndays_before = 5", RecordCheck.noticeSent(daysBefore: 5)),
                               ("check = \"notice-sent\"", .noticeSent(daysBefore: 0)),
                               ("check = \"appointment-confirmed\"", .appointmentConfirmed),
                               ("check = \"contact-reached\"", .contactReached)] {
            let playbook = try PlaybookTOML.parse(Self.playbook(lines), file: "checks.toml")
            #expect(playbook.item("notice.sent")?.check == check)
            #expect(try PlaybookTOML.parse(PlaybookTOML.export(playbook), file: "again.toml") == playbook)
        }
    }

    @Test func anUnknownCheckIsRefusedWithItsLine() {
        #expect(throws: PlaybookError.unknownCheck(file: "checks.toml", line: 15, value: "letter-sent")) {
            try PlaybookTOML.parse(Self.playbook("check = \"letter-sent\""), file: "checks.toml")
        }
        let message = PlaybookError.unknownCheck(file: "checks.toml", line: 15, value: "letter-sent").description
        #expect(message == "checks.toml:15: check \"letter-sent\" is unknown; use one of: notice-sent, appointment-confirmed, contact-reached")
    }

    @Test func daysBeforeIsAWholeNumberInRangeAndOnlyWithANotice() {
        #expect(throws: PlaybookError.wrongType(file: "checks.toml", line: 16, key: "stages[1].items[1].days_before",
                                                expected: "a whole number of days from 0 to 365")) {
            try PlaybookTOML.parse(Self.playbook("check = \"notice-sent\"\ndays_before = 400"), file: "checks.toml")
        }
        #expect(throws: PlaybookError.wrongType(file: "checks.toml", line: 16, key: "stages[1].items[1].days_before",
                                                expected: "a whole number of days from 0 to 365")) {
            try PlaybookTOML.parse(Self.playbook("check = \"notice-sent\"\ndays_before = \"3\""), file: "checks.toml")
        }
        #expect(throws: PlaybookError.unknownKey(file: "checks.toml", line: 16,
                                                 key: "stages[1].items[1].days_before (only with check = \"notice-sent\")")) {
            try PlaybookTOML.parse(Self.playbook("check = \"contact-reached\"\ndays_before = 3"), file: "checks.toml")
        }
        #expect(throws: PlaybookError.missingKey(file: "checks.toml", line: 15, key: "stages[1].items[1].check")) {
            try PlaybookTOML.parse(Self.playbook("days_before = 3"), file: "checks.toml")
        }
    }
}
