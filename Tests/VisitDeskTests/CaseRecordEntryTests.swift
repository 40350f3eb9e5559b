import Foundation
import Testing
@testable import VisitDesk

/// What a person types for a case record, as the desk's forms and `visitdesk contact` read it.
@Suite struct CaseRecordEntryTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-20 10:30 in Shanghai.
    static let now = Date(timeIntervalSince1970: 1_795_141_800)
    static let today = CalendarDay(year: 2026, month: 11, day: 20)

    private func time(_ text: String) throws(CaseRecordEntry.Refusal) -> Date {
        try CaseRecordEntry.contactTime(text, now: Self.now, timeZone: Self.shanghai)
    }

    private func refusal(_ read: () throws(CaseRecordEntry.Refusal) -> Any) -> String? {
        do {
            _ = try read()
            return nil
        } catch {
            return error.message.en
        }
    }

    @Test func aContactTimeIsNowATimeTodayOrADayAndTime() throws {
        #expect(try time("") == Self.now)
        #expect(try time("09:15") == Self.now.addingTimeInterval(-75 * 60))
        #expect(try time(" 2026-11-18 20:05 ") == Self.now.addingTimeInterval(-2 * 86_400 + (9 * 60 + 35) * 60))
        #expect(try time("10:31") == Self.now.addingTimeInterval(60), "a minute ahead is a clock a little off")
    }

    @Test func aContactTimeInTheFutureOrOutOfRangeOrMalformedIsRefused() {
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try time("10:32") } == "the contact time cannot be in the future")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try time("1999-12-31 10:00") } == "the contact day 1999-12-31 is outside 2000-01-01…2100-12-31")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try time("25:00") } == "the time 25:00 is not HH:MM (e.g. 14:30)")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try time("24:00") } == "the time 24:00 is not HH:MM (e.g. 14:30)")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try time("2026-11-31 10:00") } == "write 2026-11-28 14:30, or 14:30 for today")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try time("yesterday at ten") } == "write 2026-11-28 14:30, or 14:30 for today")
    }

    @Test func anAppointmentIsWithinVisitingHoursFromTodayOn() throws {
        let rules = RuleConfig(timeZone: Self.shanghai)
        #expect(try CaseRecordEntry.appointmentTime("08:00", rules: rules) == TimeOfDay(hour: 8, minute: 0))
        #expect(try CaseRecordEntry.appointmentTime("21:00", rules: rules) == TimeOfDay(hour: 21, minute: 0))
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.appointmentTime("21:01", rules: rules) }
                == "21:01 is outside visiting hours 08:00–21:00")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.appointmentTime("7:59", rules: rules) }
                == "07:59 is outside visiting hours 08:00–21:00")
        #expect(try CaseRecordEntry.futureDay("+2d", today: Self.today) == CalendarDay(year: 2026, month: 11, day: 22))
        #expect(try CaseRecordEntry.futureDay("2026-11-20", today: Self.today) == Self.today)
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.futureDay("2026-11-19", today: Self.today) }
                == "2026-11-19 has passed; give today or a later day")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.futureDay("2101-01-01", today: Self.today) }
                == "the day 2101-01-01 is outside 2000-01-01…2100-12-31")
        let (day, at) = try CaseRecordEntry.appointmentMoment("+1d 14:30", today: Self.today, rules: rules)
        #expect(day == CalendarDay(year: 2026, month: 11, day: 21) && at == TimeOfDay(hour: 14, minute: 30))
    }

    @Test func textsAndVisitorsAreCheckedAsElsewhere() throws {
        #expect(try CaseRecordEntry.visitors("王磊/WF-0312， 赵敏") == [Visitor(name: "王磊", badge: "WF-0312"), Visitor(name: "赵敏")])
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.visitors("/WF-1") } == "\"/WF-1\" has no name; write name or name/badge")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text("a\u{1B}b") }
                == "character 2 is the control character U+001B (escape); remove it")
        #expect(refusal { () throws(CaseRecordEntry.Refusal) in try CaseRecordEntry.text("  ", required: true) } == "required")
    }
}
