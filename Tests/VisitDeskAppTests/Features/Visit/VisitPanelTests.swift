import Foundation
import TUI
import Testing
@testable import VisitDeskApp
import VisitDesk

/// The keys that act on the whole visit wherever the focus is, with a fixed environment.
struct VisitPanelTests {
    @Test func bracketsMoveBetweenStages() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.writes(AppFixture.press(&state, .character("]"))) == [.stageEntered(stageID: "identity")])
        #expect(AppFixture.writes(AppFixture.press(&state, .character("["))) == [.stageEntered(stageID: "appointment")])
    }

    @Test func aWriteCarriesTheVisitItWasAskedFrom() {
        var state = AppFixture.withOpenVisit()
        guard case .write(let write)? = AppFixture.press(&state, .character("]")).first else { Issue.record("no write"); return }
        #expect(write.visitID == 7)
        #expect(write.known == AppFixture.visit(AppFixture.agentEvents()))
    }

    @Test func uUndoesTheLastChange() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.writes(AppFixture.press(&state, .character("u"))) == [.undone(sequence: 8)])
    }

    @Test func capitalNOpensTheExternalEditor() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("N")) == [.editNoteExternally(language: .en)])
        let saved = AppFixture.send(&state, .noteFromEditor("  长记录\n第二行\n"))
        #expect(AppFixture.writes(saved) == [.noteAdded(noteID: "note-1", text: "长记录\n第二行")])
    }

    @Test func aVisitLockedByAskedToLeaveRefusesEverythingButAnAddendum() {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .ended(reason: .askedToLeave), hash: ""))
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        for key in [" ", "x", "-", "u", "o", "e", "]", "V"] {
            #expect(AppFixture.press(&state, .character(Character(key))).isEmpty, "\(key) on a locked visit")
            #expect(state.dialogs.isEmpty)
        }
        #expect(state.message?.text == UIText.visitLockedAddendum.agent.en)
        AppFixture.press(&state, .character("n"))
        #expect(state.notes.editor != nil, "n opens the addendum line even on a locked visit")
    }

    @Test func rAsksBeforeALoggedRevealAndShowsTheDataOnlyOnceTheStoreHasIt() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("r")).isEmpty)
        #expect(state.dialogs.last is ConfirmDialog)
        #expect(state.session?.revealed == false)
        #expect(AppFixture.press(&state, .character("y")) == [.recordReveal(caseID: 1, revealed: true, known: AppFixture.visit(AppFixture.agentEvents()))])
        #expect(state.dialogs.isEmpty)
        #expect(state.session?.revealed == false, "not shown before the reveal is logged")
        AppFixture.send(&state, .revealRecorded(caseID: 1, revealed: true))
        #expect(state.session?.revealed == true)
        #expect(state.message?.text == UIText.personalDataShown.en)
        #expect(DeskRenderer.render(state).textLines().contains { $0.contains("13812345678") })
    }

    @Test func rHidesAtOnceWithoutAsking() {
        var state = AppFixture.withOpenVisit()
        AppFixture.press(&state, .character("r"), .character("y"))
        AppFixture.send(&state, .revealRecorded(caseID: 1, revealed: true))
        #expect(AppFixture.press(&state, .character("r")) == [.recordReveal(caseID: 1, revealed: false, known: AppFixture.visit(AppFixture.agentEvents()))])
        #expect(state.dialogs.isEmpty && state.session?.revealed == false)
    }

    @Test func nCancelsARevealAndSaysNothingChanged() {
        var state = AppFixture.withOpenVisit()
        #expect(AppFixture.press(&state, .character("r"), .character("n")).isEmpty)
        #expect(state.dialogs.isEmpty && state.session?.revealed == false)
        #expect(state.message?.text == UIText.cancelledNothingChanged.en)
    }

    @Test func uSaysWhatItUndidOnceTheStoreHasIt() {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .itemMarked(itemID: "arrival.purpose", mark: .done), hash: ""))
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        let effects = AppFixture.press(&state, .character("u"))
        guard case .write(let write)? = effects.first else { Issue.record("no write"); return }
        #expect(write.kind == .undone(sequence: 9))
        events.append(VisitEvent(visitID: 7, sequence: 10, at: AppFixture.now, kind: .undone(sequence: 9), hash: ""))
        AppFixture.send(&state, .written(write, AppFixture.visit(events)))
        #expect(state.message?.text == "undone: ✓ Purpose of the visit stated")
    }

    @Test func uWithNothingToUndoSaysSo() {
        var state = AppFixture.state()
        let events = [VisitEvent(visitID: 7, sequence: 1, at: AppFixture.now, kind: .started(role: .agent, playbookID: "agent",
                                 visitors: [], location: ""), hash: "")]
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(events), draft: nil))
        #expect(AppFixture.press(&state, .character("u")).isEmpty)
        #expect(state.message?.text == UIText.nothingToUndo.en)
    }

    @Test func uOnAnEndedVisitSaysWhyNothingIsUndone() {
        var state = AppFixture.withOpenVisit()
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .ended(reason: .completed), hash: ""))
        AppFixture.send(&state, .visitChanged(AppFixture.visit(events)))
        state.message = nil
        #expect(AppFixture.press(&state, .character("u")).isEmpty)
        #expect(state.message?.text == UIText.visitEndedAddendum.en)
    }

    @Test func aStageEnteredIsAnnouncedInTheUILanguage() {
        var state = AppFixture.withOpenVisit(language: .zh)
        guard case .write(let write)? = AppFixture.press(&state, .character("]")).first else { Issue.record("no write"); return }
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: 9, at: AppFixture.now, kind: .stageEntered(stageID: "identity"), hash: ""))
        AppFixture.send(&state, .written(write, AppFixture.visit(events)))
        #expect(state.message?.text == "进入阶段 4/9：核实身份")
    }

    @Test func rWithoutACaseSaysSo() {
        var state = AppFixture.state()
        #expect(AppFixture.press(&state, .character("r")).isEmpty)
        #expect(state.message?.text == UIText.needCase.en)
    }

    @Test func aReadOnlyDeskNeverReveals() {
        var state = AppFixture.withOpenVisit()
        state.isReadOnly = true
        #expect(AppFixture.press(&state, .character("r")).isEmpty)
        #expect(state.session?.revealed == false)
        #expect(state.message?.isError == true)
    }

    @Test func sAsksForTheSummaryInTheUILanguage() {
        var state = AppFixture.withOpenVisit(language: .zh)
        #expect(AppFixture.press(&state, .character("s")) == [.loadSummary(visitID: 7, language: .zh)])
    }

    @Test func noKeyIsBoundTwice() {
        #expect(Keymap(VisitPanel.keymap(.en)).duplicateKeys().isEmpty)
    }
}

/// What the status line says once the store has a change, whoever asked for it.
struct StatusLineAnswerTests {
    private func announced(_ kind: VisitEventKind, language: Language = .en) -> String? {
        var state = AppFixture.withOpenVisit(language: language)
        var events = AppFixture.agentEvents()
        events.append(VisitEvent(visitID: 7, sequence: events.count + 1, at: AppFixture.now, kind: kind, hash: ""))
        let write = StoreWrite(visitID: 7, kind: kind, known: AppFixture.visit(AppFixture.agentEvents()))
        AppFixture.send(&state, .written(write, AppFixture.visit(events)))
        return state.message?.text
    }

    @Test func undoingANoteNamesTheNote() {
        #expect(announced(.undone(sequence: 8)) == "undone: note: 债务人称本月工资延迟发放，愿意先还一部分，下周一再联系确认具体金额。")
    }

    @Test func anOutcomeAndTheEndOfTheVisitAreNamed() {
        #expect(announced(.outcomeRecorded(.refusedToPay(reason: "没钱"))) == "Outcome recorded: " +
                OutcomeText.describe(.refusedToPay(reason: "没钱"), role: .agent, language: .en))
        #expect(announced(.ended(reason: .completed), language: .zh) == "上门已结束：" + EndReason.completed.label.zh)
    }

    @Test func aStartedVisitSaysSo() {
        var state = AppFixture.state(language: .zh)
        AppFixture.send(&state, .visitStarted(AppFixture.cases[0], AppFixture.visit(AppFixture.agentEvents())))
        #expect(state.message?.text == "上门已开始")
    }
}

/// Nothing that carries meaning is cut at 80×24: the case's whole address, every warning.
struct StagePaneWrappingTests {
    /// The text of the right-hand pane rows `rows`, each row's inside joined into one string.
    private func pane(_ state: DeskState, rows: Range<Int>) -> String {
        let lines = DeskRenderer.render(state).textLines()
        return rows.map { row in
            // The stage pane's inside: after the two borders where the panes meet, before its own.
            let inside = lines[row].components(separatedBy: "││").dropFirst().joined(separator: "││")
            return String(inside.dropLast()).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    @Test func theCaseDetailsShowTheWholeAddressWithItsDoorNumber() {
        var state = AppFixture.state(width: 80, height: 24)
        var loanCase = AppFixture.cases[2]
        loanCase.address = "河南省洛阳市涧西区重庆路街道中州西路70号院8号楼3单元502室"
        loanCase.debtorName = "欧阳娜娜娜娜"
        AppFixture.send(&state, .caseOpened(loanCase, visit: nil, draft: nil))
        let details = pane(state, rows: 1..<state.layout.stage.maxY - 1)
        #expect(details.contains("欧阳娜娜娜娜 · 花呗"))
        #expect(details.replacingOccurrences(of: " ", with: "").contains("河南省洛阳市涧西区重庆路街道中州西路70号院8号楼3单元502室"))
        #expect(!details.contains("…"))
    }

    @Test(arguments: [Language.en, .zh])
    func everyWarningWrapsInsteadOfBeingCut(language: Language) {
        var state = AppFixture.state(width: 80, height: 24, language: language)
        let events = [
            VisitEvent(visitID: 7, sequence: 1, at: AppFixture.now, kind: .started(role: .agent, playbookID: "agent",
                       visitors: [Visitor(name: "王强", badge: "A1023")], location: "客厅"), hash: ""),
            VisitEvent(visitID: 7, sequence: 2, at: AppFixture.now, kind: .stageEntered(stageID: "conversation"), hash: ""),
        ]
        AppFixture.send(&state, .caseOpened(AppFixture.cases[0], visit: AppFixture.visit(events), draft: nil))
        let warnings = state.session?.warnings ?? []
        #expect(warnings.count >= 2)
        let shown = pane(state, rows: 2..<state.layout.stage.maxY - 1).replacingOccurrences(of: " ", with: "")
        for warning in warnings {
            #expect(shown.contains(warning.text[language].replacingOccurrences(of: " ", with: "")), "\(warning.text[language])")
        }
        #expect(!shown.contains("…"))
    }
}
