import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// Every keymap entry does what DESIGN §5 says, in its context.
struct UpdateKeymapTests {
    @Test func questionMarkOpensHelpAndEscOrQuestionMarkCloses() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("?"))
        guard case .help? = state.modal else { Issue.record("help not open"); return }
        AppFixture.press(&state, .escape)
        #expect(state.modal == nil)
        AppFixture.press(&state, .character("?"), .character("?"))
        #expect(state.modal == nil)
    }

    @Test func quitAsksOnlyWhenANoteDraftIsOpen() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("q"))
        #expect(state.shouldQuit)

        var drafting = AppFixture.withOpenVisit()
        AppFixture.press(&drafting, .character("n"), .character("半"), .ctrl("c"))
        guard case .quitWithDraft? = drafting.modal else { Issue.record("no quit dialog"); return }
        #expect(!drafting.shouldQuit)
        let effects = AppFixture.press(&drafting, .character("s"))
        #expect(drafting.shouldQuit)
        #expect(effects == [.saveDraft(visitID: 7, text: "半")])
    }

    @Test func ctrlCQuitsLikeQEvenFromAFormOrASearch() {
        var state = AppFixture.state()
        AppFixture.press(&state, .ctrl("c"))
        #expect(state.shouldQuit)
        var inForm = AppFixture.state()
        AppFixture.press(&inForm, .character("v"), .ctrl("c"))
        #expect(inForm.shouldQuit)
        var searching = AppFixture.state()
        AppFixture.press(&searching, .character("/"), .character("q"), .ctrl("c"))
        #expect(searching.shouldQuit)
        var drafting = AppFixture.withOpenVisit()
        AppFixture.press(&drafting, .character("n"), .character("半"), .ctrl("c"))
        #expect(!drafting.shouldQuit)
        #expect(AppFixture.press(&drafting, .ctrl("c")) == [.saveDraft(visitID: 7, text: "半")])
        #expect(drafting.shouldQuit)
    }

    @Test func tabShiftTabAndNumbersMoveTheFocus() {
        var state = AppFixture.state()
        #expect(state.focus == .cases)
        AppFixture.press(&state, .tab)
        #expect(state.focus == .stage)
        AppFixture.press(&state, .backTab, .backTab)
        #expect(state.focus == .notes)
        for (key, pane) in [("1", DeskPane.cases), ("2", .stage), ("3", .checklist), ("4", .notes)] {
            AppFixture.press(&state, .character(Character(key)))
            #expect(state.focus == pane)
        }
    }

    @Test func listKeysMoveTheCaseSelection() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("j"))
        #expect(state.cases.list.selected == 1)
        AppFixture.press(&state, .down)
        #expect(state.cases.list.selected == 2)
        AppFixture.press(&state, .character("k"), .up)
        #expect(state.cases.list.selected == 0)
        AppFixture.press(&state, .character("G"))
        #expect(state.cases.list.selected == 2)
        AppFixture.press(&state, .character("g"))
        #expect(state.cases.list.selected == 0)
        AppFixture.press(&state, .pageDown)
        #expect(state.cases.list.selected == 2)
        AppFixture.press(&state, .pageUp)
        #expect(state.cases.list.selected == 0)
    }

    @Test func movingPastTheLoadedWindowAsksForMoreRows() {
        var state = AppFixture.state(width: 80, height: 24)
        _ = update(&state, .casesLoaded(count: 100_000, offset: 0, rows: Array(AppFixture.cases)))
        let effects = AppFixture.press(&state, .character("G"))
        guard case .loadCases(_, let offset, let limit, counting: false)? = effects.first else { Issue.record("no load: \(effects)"); return }
        #expect(offset <= 99_999 && offset + limit >= 100_000)
    }

    @Test func slashSearchesAsYouTypeEnterKeepsEscClears() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("/"))
        let effects = AppFixture.type(&state, "张伟")
        #expect(effects.last == .loadCases(query: "张伟", offset: 0, limit: state.caseListHeight * 3, counting: true))
        AppFixture.press(&state, .enter)
        #expect(state.cases.searchEditor == nil)
        #expect(state.cases.query == "张伟")
        AppFixture.press(&state, .character("/"))
        let cleared = AppFixture.press(&state, .escape)
        #expect(state.cases.query == "")
        #expect(cleared == [.loadCases(query: "", offset: 0, limit: state.caseListHeight * 3, counting: true)])
    }

    @Test func enterOpensTheSelectedCase() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("j"))
        #expect(AppFixture.press(&state, .enter) == [.openCase(id: 2)])
    }

    @Test func vOpensTheStartFormAndEnterStartsTheVisit() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"))
        guard case .startVisit? = state.modal else { Issue.record("no form"); return }
        AppFixture.press(&state, .character(" "), .tab)
        _ = AppFixture.type(&state, "王强/A1023，刘洋/A1077")
        AppFixture.press(&state, .tab)
        _ = AppFixture.type(&state, "楼下茶室")
        let effects = AppFixture.press(&state, .enter)
        #expect(effects == [.startVisit(caseID: 1, role: .debtor, playbookID: "debtor",
                                        visitors: [Visitor(name: "王强", badge: "A1023"), Visitor(name: "刘洋", badge: "A1077")],
                                        location: "楼下茶室")])
        guard case .startVisit? = state.modal else { Issue.record("the form closed before the store had the visit"); return }
        _ = update(&state, .visitStarted(AppFixture.cases[0], AppFixture.visit(AppFixture.agentEvents())))
        #expect(state.modal == nil)
    }

    @Test func aVisitorWithoutBadgeIsShownBesideTheFieldAndNothingStarts() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("v"), .tab)
        _ = AppFixture.type(&state, "王强")
        let effects = AppFixture.press(&state, .enter)
        #expect(effects.isEmpty)
        guard case .startVisit(let form)? = state.modal else { Issue.record("form closed"); return }
        #expect(form.fields[1].error?.contains("name/badge") == true)
    }

    @Test func bracketsMoveBetweenStages() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("]")) == [.append(visitID: 7, kind: .stageEntered(stageID: "identity"))])
        #expect(AppFixture.press(&state, .character("[")) == [.append(visitID: 7, kind: .stageEntered(stageID: "appointment"))])
    }

    @Test func spaceTogglesDoneAndPending() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character(" ")) == [.append(visitID: 7, kind: .itemMarked(itemID: "arrival.staff-id", mark: .pending))])
        AppFixture.press(&state, .character("j"), .character("j"))
        #expect(AppFixture.press(&state, .character(" ")) == [.append(visitID: 7, kind: .itemMarked(itemID: "arrival.purpose", mark: .done))])
    }

    @Test func xAsksAReasonAndSkips() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"), .character("x"))
        guard case .skipReason(let itemID, _)? = state.modal else { Issue.record("no reason dialog"); return }
        #expect(itemID == "arrival.purpose")
        #expect(AppFixture.press(&state, .enter).isEmpty, "an empty reason is not accepted")
        _ = AppFixture.type(&state, "对方不让进门")
        #expect(AppFixture.press(&state, .enter) == [.append(visitID: 7, kind: .itemMarked(itemID: "arrival.purpose", mark: .skipped(reason: "对方不让进门")))])
    }

    @Test func minusMarksNotApplicable() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("j"), .character("j"))
        #expect(AppFixture.press(&state, .character("-")) == [.append(visitID: 7, kind: .itemMarked(itemID: "arrival.purpose", mark: .notApplicable))])
    }

    @Test func uUndoesTheLastChange() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("u")) == [.append(visitID: 7, kind: .undone(sequence: 8))])
    }

    @Test func nTypesANoteInPlaceEnterSavesEscCancels() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"))
        #expect(state.focus == .notes)
        _ = AppFixture.type(&state, "同意下周还款")
        let saved = AppFixture.press(&state, .enter)
        guard case .append(7, .noteAdded(let noteID, "同意下周还款"))? = saved.first, saved.count == 1 else { Issue.record("\(saved)"); return }
        #expect(state.noteEditor?.text == "同意下周还款", "the note stays until the store has it")
        #expect(update(&state, .appended(visitID: 7, .noteAdded(noteID: noteID, text: "同意下周还款"))) == [.clearDraft(visitID: 7)])
        #expect(state.noteEditor == nil)

        AppFixture.press(&state, .character("n"), .character("x"))
        #expect(AppFixture.press(&state, .escape) == [.clearDraft(visitID: 7)])
        #expect(state.noteEditor == nil)
    }

    @Test func capitalNOpensTheExternalEditor() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("N")) == [.editNoteExternally])
        let saved = update(&state, .noteFromEditor("  长记录\n第二行\n"))
        guard case .append(7, .noteAdded(_, "长记录\n第二行"))? = saved.first else { Issue.record("\(saved)"); return }
    }

    @Test func oRecordsAnOutcomeAndABadFieldSavesNothing() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("o"))
        guard case .chooseOutcome? = state.modal else { Issue.record("no outcome list"); return }
        AppFixture.press(&state, .character("p"), .tab)
        _ = AppFixture.type(&state, "12,34.5")
        #expect(AppFixture.press(&state, .ctrl("s")).isEmpty)
        guard case .outcomeForm(.promiseToPay, let form)? = state.modal else { Issue.record("form closed"); return }
        #expect(form.fields[1].error != nil)
        #expect(form.fields[0].error == nil)
        AppFixture.press(&state, .ctrl("u"))
        _ = AppFixture.type(&state, "5000")
        let effects = AppFixture.press(&state, .ctrl("s"))
        #expect(effects == [.append(visitID: 7, kind: .outcomeRecorded(.promiseToPay(
            date: CalendarDay(year: 2026, month: 11, day: 27), amount: Money(yuan: 5000), method: .alipayAutoDebit)))])
    }

    @Test func outcomeListPicksByJKAndEnter() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("o"))
        for _ in 0..<7 { AppFixture.press(&state, .character("j")) }
        #expect(AppFixture.press(&state, .enter) == [.append(visitID: 7, kind: .outcomeRecorded(.noContact))])
    }

    @Test func eEndsTheVisitWithItsReason() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("e"))
        guard case .endVisit? = state.modal else { Issue.record("no end dialog"); return }
        #expect(AppFixture.press(&state, .character("a")) == [.append(visitID: 7, kind: .ended(reason: .askedToLeave))])
        AppFixture.press(&state, .character("e"), .character("j"), .character("j"))
        #expect(AppFixture.press(&state, .enter) == [.append(visitID: 7, kind: .ended(reason: .noContact))])
    }

    @Test func anEndedVisitRefusesChanges() {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .ended(reason: .askedToLeave), hash: ""))
        _ = update(&state, .visitChanged(AppFixture.visit(events)))
        for key in [" ", "x", "-", "u", "n", "o", "e", "]"] {
            #expect(AppFixture.press(&state, .character(Character(key))).isEmpty, "\(key) on an ended visit")
            #expect(state.modal == nil)
        }
        #expect(state.message?.text == UIText.visitReadOnly.en)
    }

    @Test func sShowsTheSummaryWherePWAndEscWork() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("s")) == [.loadSummary(visitID: 7)])
        _ = update(&state, .summaryLoaded(SummaryState(visitID: 7, title: "t", document: RecordDocument(language: .en, title: "t", pageHeader: "h", sections: [], matchCode: "m"),
                                                       lines: ["a"], markdown: "a", fileStem: "f")))
        #expect(AppFixture.press(&state, .character("w")) == [.writeSummary(visitID: 7)])
        #expect(AppFixture.press(&state, .character("P")) == [.findPrinters(visitID: 7)])
        AppFixture.press(&state, .escape)
        #expect(state.screens.isEmpty)
    }

    @Test func hAndCapitalHListPastVisitsAndEnterReviews() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("h")) == [.loadHistory(caseID: 1, query: "")])
        AppFixture.press(&state, .escape)
        #expect(AppFixture.press(&state, .character("H")) == [.loadHistory(caseID: nil, query: "")])
        let row = VisitListRow(id: 7, caseID: 1, caseReference: "HB-2025-0113", debtorName: "张伟", role: .agent, playbookID: "agent",
                               startedAt: AppFixture.now, endedAt: nil, endReason: nil, outcomeCode: nil, eventCount: 8)
        _ = update(&state, .historyLoaded([row]))
        #expect(AppFixture.press(&state, .enter) == [.openReview(visitID: 7)])
        AppFixture.press(&state, .character("/"))
        #expect(AppFixture.type(&state, "张") == [.loadHistory(caseID: nil, query: "张")])
    }

    @Test func rRevealsAndHidesPersonalData() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("r")) == [.recordReveal(caseID: 1, revealed: true)])
        #expect(state.openCase?.revealed == true)
        #expect(AppFixture.press(&state, .character("r")) == [.recordReveal(caseID: 1, revealed: false)])
    }

    @Test func capitalLSwitchesTheLanguageAndCtrlLRedraws() {
        var state = AppFixture.state()
        AppFixture.press(&state, .character("L"))
        #expect(state.language == .zh)
        #expect(AppFixture.press(&state, .ctrl("l")) == [.redraw])
    }

    @Test func theTickSavesAChangedDraftOnlyOnce() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("n"))
        _ = AppFixture.type(&state, "草稿")
        #expect(update(&state, .tick(AppFixture.now)) == [.checkForChanges, .saveDraft(visitID: 7, text: "草稿")])
        _ = update(&state, .draftSaved("草稿"))
        #expect(update(&state, .tick(AppFixture.now)) == [.checkForChanges])
    }

    @Test func aDraftComesBackWhenTheCaseIsOpened() {
        var state = AppFixture.state()
        _ = update(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(AppFixture.agentEvents()), draft: "债务人说"))
        #expect(state.noteEditor?.text == "债务人说")
        #expect(state.focus == .notes)
    }

    @Test func belowTheMinimumSizeOnlyQuitWorks() {
        var state = AppFixture.state(width: 50, height: 12)
        AppFixture.press(&state, .character("?"), .tab, .character("v"))
        #expect(state.modal == nil && state.focus == .cases)
        AppFixture.press(&state, .character("q"))
        #expect(state.shouldQuit)
    }
}
