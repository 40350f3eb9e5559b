import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// `c` on a case: the choice of what to record, then its form; each writes one case event
/// through the runner, refusals stay beside their field, and the form closes only once the
/// store has the record.
@Suite struct CaseRecordDialogTests {
    static let loanCase = AppFixture.cases[0]
    static let today = CalendarDay(year: 2026, month: 11, day: 20)

    static func file(_ kinds: [CaseEventKind] = [], obligations: [Obligation] = []) -> CaseFile {
        let events = kinds.enumerated().map { index, kind in
            CaseEvent(caseID: 1, sequence: index + 1, at: AppFixture.now.addingTimeInterval(Double(index - 10) * 60), kind: kind, hash: "h")
        }
        return CaseFile(loanCase: loanCase, records: CaseRecords.fold(events), obligations: obligations)
    }

    static let upcoming = Appointment(id: "A1", day: CalendarDay(year: 2026, month: 11, day: 22), time: TimeOfDay(hour: 14, minute: 30),
                                      place: "小区门口", visitors: [Visitor(name: "王磊", badge: "WF-0312")], confirmed: false)

    static let promise = Obligation(id: "V7-1", caseID: 1, visitID: 7, number: 1, agreedOn: CalendarDay(year: 2026, month: 11, day: 1),
                                    due: CalendarDay(year: 2026, month: 11, day: 10), amount: Money(fen: 50_000), paid: .zero,
                                    graceEnds: CalendarDay(year: 2026, month: 11, day: 13), settled: .pending, markReason: nil)

    /// The desk with the choice dialog open for case 1.
    static func choosing(_ file: CaseFile = file(), width: Int = 120, height: Int = 40) -> DeskState {
        var state = AppFixture.state(width: width, height: height)
        AppFixture.send(&state, .caseFileLoaded(file))
        return state
    }

    static func caseWrites(_ effects: [Effect]) -> [CaseWrite] {
        effects.compactMap { if case .recordOnCase(let write) = $0 { write } else { nil } }
    }

    @Test func cAsksForTheSelectedCaseFromTheListAndTheShownCaseElsewhere() {
        var state = AppFixture.state()
        #expect(AppFixture.press(&state, .character("c")) == [.loadCaseFile(caseID: 1)])
        AppFixture.send(&state, .caseOpened(AppFixture.cases[1], visit: nil, draft: nil))
        AppFixture.press(&state, .down, .down)
        #expect(AppFixture.press(&state, .character("c")) == [.loadCaseFile(caseID: 3)], "the list has the focus: its selection")
        AppFixture.press(&state, .character("2"))
        #expect(AppFixture.press(&state, .character("c")) == [.loadCaseFile(caseID: 2)], "elsewhere: the case shown")
        var visiting = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&visiting, .character("c")) == [.loadCaseFile(caseID: 1)], "works during a visit")
    }

    @Test func theChoiceListsEveryRecordWithItsLetter() {
        let state = Self.choosing()
        #expect(state.dialogs.last is CaseRecordChoiceDialog)
        let screen = AppFixture.screenText(state)
        for line in ["Record on the case · HB-2025-0113 张伟", "contact attempt (c)", "appointment (new / change / confirm) (a)",
                     "next action (n)", "cancel an appointment (x)", "mark an obligation (m)"] {
            #expect(screen.contains(line), "\(line)")
        }
        #expect(AppFixture.duplicateKeys(CaseRecordChoiceDialog.self).isEmpty)
        #expect(DeskAction.helpSection(.en).keys.contains { $0.label == "c" && $0.help == "contact/appointment" })
    }

    @Test func aContactAttemptIsWrittenAsTypedAndAnnouncedOnceStored() throws {
        var state = Self.choosing()
        AppFixture.press(&state, .character("c"))
        #expect(state.dialogs.last is CaseRecordFormDialog)
        #expect(AppFixture.screenText(state).contains("2026-11-20 10:30"), "when: now, prefilled")
        AppFixture.press(&state, .character(" "), .character(" "), .tab)       // letter
        AppFixture.type(&state, "09:00")                                          // typing replaces the suggestion
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, " ")                                              // no answer
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "挂号信")
        let effects = AppFixture.press(&state, .enter)
        let write = try #require(Self.caseWrites(effects).first)
        #expect(write.caseID == 1)
        #expect(write.kind == .contactAttempted(ContactAttempt(channel: .letter, at: AppFixture.now.addingTimeInterval(-90 * 60),
                                                               result: .noAnswer, note: "挂号信")))
        #expect(state.dialogs.last is CaseRecordFormDialog, "stays open until the store has it")
        AppFixture.send(&state, .caseWritten(write))
        #expect(state.dialogs.isEmpty)
        #expect(state.message?.text == "contact recorded: letter · no answer")
        var chinese = state
        chinese.language = .zh
        AppFixture.send(&chinese, .caseWritten(CaseWrite(caseID: 1, kind: .contactAttempted(ContactAttempt(
            channel: .phone, at: AppFixture.now, result: .reached)), knownEventCount: 0)))
        #expect(chinese.message?.text == "已记录联系：电话 · 已联系上")
    }

    @Test func aTimeInTheFutureIsRefusedBesideItsFieldAndKeepsTheForm() {
        var state = Self.choosing()
        AppFixture.press(&state, .character("c"), .tab)
        AppFixture.type(&state, "2026-11-21 09:00")
        #expect(Self.caseWrites(AppFixture.press(&state, .enter)).isEmpty)
        let dialog = state.dialogs.last as? CaseRecordFormDialog
        #expect(dialog?.form.fields[ContactAttemptForm.whenField].error == "the contact time cannot be in the future")
        #expect(dialog?.form.text(at: ContactAttemptForm.whenField) == "2026-11-21 09:00")
        #expect(AppFixture.screenText(state).contains("the contact time cannot be in the future"))
    }

    @Test func aNewAppointmentTakesTheCaseAddressAndRefusesAnHourOutsideVisitingHours() throws {
        var state = Self.choosing()
        AppFixture.press(&state, .character("a"))
        let screen = AppFixture.screenText(state)
        #expect(screen.contains("new appointment") && screen.contains("北京市朝阳区建国路88号") && screen.contains("+1d"))
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, "21:30")
        #expect(Self.caseWrites(AppFixture.press(&state, .enter)).isEmpty)
        #expect((state.dialogs.last as? CaseRecordFormDialog)?.form.fields[AppointmentForm.timeField].error
                == "21:30 is outside visiting hours 08:00–21:00")
        for _ in 0..<5 { AppFixture.press(&state, .backspace) }
        AppFixture.type(&state, "19:00")
        AppFixture.press(&state, .tab, .tab)
        AppFixture.type(&state, "王磊/WF-0312, 赵敏")
        let write = try #require(Self.caseWrites(AppFixture.press(&state, .enter)).first)
        #expect(write.kind == .appointmentSet(Appointment(id: "A1", day: CalendarDay(year: 2026, month: 11, day: 21),
                                                          time: TimeOfDay(hour: 19, minute: 0), place: "北京市朝阳区建国路88号",
                                                          visitors: [Visitor(name: "王磊", badge: "WF-0312"), Visitor(name: "赵敏")],
                                                          confirmed: false)))
    }

    @Test func anUpcomingAppointmentIsOfferedAndConfirmedUnderItsOwnID() throws {
        var state = Self.choosing(Self.file([.appointmentSet(Self.upcoming)]))
        AppFixture.press(&state, .character("a"))
        let dialog = try #require(state.dialogs.last as? CaseRecordFormDialog)
        #expect(dialog.form.text(at: AppointmentForm.placeField) == "小区门口")
        #expect(dialog.form.choice(at: AppointmentForm.confirmedField) == 1, "offered for confirming")
        let write = try #require(Self.caseWrites(AppFixture.press(&state, .enter)).first)
        var confirmed = Self.upcoming
        confirmed.confirmed = true
        #expect(write.kind == .appointmentSet(confirmed))
        AppFixture.send(&state, .caseWritten(write))
        #expect(state.message?.text == "appointment A1 recorded: 2026-11-22 14:30 · confirmed")
    }

    @Test func choosingANewAppointmentInsteadClearsTheFieldsAndTakesTheNextID() throws {
        var state = Self.choosing(Self.file([.appointmentSet(Self.upcoming)]))
        AppFixture.press(&state, .character("a"), .character(" "))
        let dialog = try #require(state.dialogs.last as? CaseRecordFormDialog)
        #expect(dialog.form.text(at: AppointmentForm.placeField) == "北京市朝阳区建国路88号")
        let write = try #require(Self.caseWrites(AppFixture.press(&state, .enter)).first)
        guard case .appointmentSet(let appointment) = write.kind else { Issue.record("not an appointment"); return }
        #expect(appointment.id == "A2" && appointment.time == "08:00" && !appointment.confirmed)
    }

    @Test func theNextActionIsWrittenWithItsKindAndDay() throws {
        var state = Self.choosing()
        AppFixture.press(&state, .character("n"), .character(" "), .tab)
        AppFixture.type(&state, "+3d")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "再上门一次")
        let write = try #require(Self.caseWrites(AppFixture.press(&state, .enter)).first)
        #expect(write.kind == .nextActionSet(NextAction(day: CalendarDay(year: 2026, month: 11, day: 23), kind: .visit, note: "再上门一次")))
        AppFixture.send(&state, .caseWritten(write))
        #expect(state.message?.text == "next action set: visit 2026-11-23")
    }

    @Test func cancellingNeedsAnAppointmentAndAReason() throws {
        var none = Self.choosing()
        AppFixture.press(&none, .character("x"))
        #expect(none.dialogs.isEmpty)
        #expect(none.message?.text == UIText.noAppointmentToCancel.en)
        var state = Self.choosing(Self.file([.appointmentSet(Self.upcoming)]))
        AppFixture.press(&state, .character("x"))
        #expect(Self.caseWrites(AppFixture.press(&state, .enter)).isEmpty)
        #expect((state.dialogs.last as? CaseRecordFormDialog)?.form.fields[CancelAppointmentForm.reasonField].error == "required")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "债务人出差")
        let write = try #require(Self.caseWrites(AppFixture.press(&state, .enter)).first)
        #expect(write.kind == .appointmentCancelled(appointmentID: "A1", reason: "债务人出差"))
    }

    @Test func anObligationIsMarkedByHandOnlyWithAReason() throws {
        var none = Self.choosing()
        AppFixture.press(&none, .character("m"))
        #expect(none.dialogs.isEmpty && none.message?.text == UIText.noObligationToMark.en)
        var state = Self.choosing(Self.file(obligations: [Self.promise]))
        AppFixture.press(&state, .character("m"))
        #expect(AppFixture.screenText(state).contains("V7-1 2026-11-10 ¥500.00 · broken"), "its state today")
        AppFixture.press(&state, .tab, .character(" "), .character(" "))      // kept → partly kept → broken
        #expect(Self.caseWrites(AppFixture.press(&state, .enter)).isEmpty)
        #expect((state.dialogs.last as? CaseRecordFormDialog)?.form.fields[ObligationMarkForm.reasonField].error == "required")
        AppFixture.press(&state, .tab)
        AppFixture.type(&state, "债务人明确拒绝")
        let write = try #require(Self.caseWrites(AppFixture.press(&state, .enter)).first)
        #expect(write.kind == .obligationMarked(obligationID: "V7-1", state: .broken, reason: "债务人明确拒绝"))
        AppFixture.send(&state, .caseWritten(write))
        #expect(state.message?.text == "V7-1 marked by hand: broken")
    }

    @Test func aWriteOnTheShownCaseReadsItAgain() {
        var state = AppFixture.state()
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: nil, draft: nil))
        let effects = AppFixture.send(&state, .caseWritten(CaseWrite(caseID: 1, kind: .nextActionSet(NextAction(day: Self.today, kind: .call)),
                                                                     knownEventCount: 0)))
        #expect(effects.contains(.refreshCase(id: 1, visitID: nil)))
    }

    @Test func aFormKeptAtASignalComesBackWithTheCase() throws {
        var state = Self.choosing()
        AppFixture.press(&state, .character("n"), .tab, .tab)
        AppFixture.type(&state, "先打电话")
        let kept = state.keepEverythingTyped()
        guard case .saveFormDraft(let caseID, let encoded)? = kept.first else { Issue.record("nothing kept: \(kept)"); return }
        #expect(caseID == 1)
        var reopened = AppFixture.state()
        AppFixture.send(&reopened, .caseOpened(AppFixture.cases[0], visit: nil, draft: nil))
        AppFixture.send(&reopened, .caseRecordsLoaded(caseID: 1, CaseRecords(), [], nextAction: nil))
        #expect(AppFixture.send(&reopened, .formDraftFound(caseID: 1, encoded)) == [.clearFormDraft(caseID: 1)])
        let dialog = try #require(reopened.dialogs.last as? CaseRecordFormDialog)
        #expect(dialog.kind == .nextAction && dialog.form.text(at: NextActionForm.noteField) == "先打电话")
    }
}
