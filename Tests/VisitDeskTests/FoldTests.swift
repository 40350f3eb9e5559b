import Foundation
import Testing
@testable import VisitDesk

/// Builds a visit's events by hand, numbered and timed one minute apart.
struct EventScript {
    var events: [VisitEvent] = []
    let start = Date(timeIntervalSince1970: 1_767_232_800) // 2026-01-01 10:00 Asia/Shanghai

    init(role: Role = .agent, visitors: [Visitor] = [Visitor(name: "王磊", badge: "A-001"), Visitor(name: "赵敏", badge: "A-002")]) {
        add(.started(role: role, playbookID: role == .agent ? "agent" : "debtor", visitors: visitors, location: "北京市朝阳区"))
    }

    @discardableResult
    mutating func add(_ kind: VisitEventKind) -> Int {
        let sequence = events.count + 1
        events.append(VisitEvent(visitID: 7, sequence: sequence, at: start.addingTimeInterval(Double(sequence - 1) * 60),
                                 kind: kind, hash: "h\(sequence)"))
        return sequence
    }

    func fold() throws -> VisitState {
        try VisitState.fold(events, caseID: 3)
    }
}

@Suite struct FoldTests {
    @Test func startedSetsWhoWhereAndWhen() throws {
        let state = try EventScript().fold()
        #expect(state.id == 7 && state.caseID == 3)
        #expect(state.role == .agent && state.playbookID == "agent")
        #expect(state.visitors.map(\.badge) == ["A-001", "A-002"])
        #expect(state.location == "北京市朝阳区")
        #expect(state.startedAt == EventScript().start)
        #expect(!state.isEnded && !state.isLocked)
        #expect(try state.currentStageID == nil && state.currentStageIndex(in: BuiltInPlaybooks.agent) == 0)
        #expect(state.lastUndoableSequence == nil)
        #expect(state.headHash == "h1")
        #expect(state.nextSequence == 2 && state.nextNoteID == "n2")
    }

    @Test func stagesEnteredKeepTheirHistory() throws {
        var script = EventScript()
        script.add(.stageEntered(stageID: "notice"))
        script.add(.stageEntered(stageID: "appointment"))
        let state = try script.fold()
        #expect(state.currentStageID == "appointment")
        #expect(state.stageHistory.map(\.stageID) == ["notice", "appointment"])
        #expect(state.stageHistory[1].at == script.start.addingTimeInterval(120))
        #expect(try state.currentStageIndex(in: BuiltInPlaybooks.agent) == 1)
    }

    @Test func itemMarksKeepTimeAndSkipReason() throws {
        var script = EventScript()
        script.add(.itemMarked(itemID: "a", mark: .done))
        script.add(.itemMarked(itemID: "b", mark: .skipped(reason: "talked at the door")))
        script.add(.itemMarked(itemID: "c", mark: .notApplicable))
        script.add(.itemMarked(itemID: "a", mark: .pending))
        let state = try script.fold()
        #expect(state.mark(of: "a") == .pending)
        #expect(state.marks["a"]?.at == script.start.addingTimeInterval(240))
        #expect(state.mark(of: "b") == .skipped(reason: "talked at the door"))
        #expect(state.marks["b"]?.skipReason == "talked at the door")
        #expect(state.mark(of: "c") == .notApplicable)
        #expect(state.mark(of: "never") == .pending)
    }

    @Test func notesAreAddedAndAmendedKeepingTheirFirstTime() throws {
        var script = EventScript()
        script.add(.noteAdded(noteID: "n2", text: "债务人称本月工资延迟发放"))
        script.add(.noteAmended(noteID: "n2", text: "债务人称本月工资延迟发放，愿意先还一部分"))
        let state = try script.fold()
        let note = try #require(state.note("n2"))
        #expect(note.text == "债务人称本月工资延迟发放，愿意先还一部分")
        #expect(note.at == script.start.addingTimeInterval(60))
        #expect(note.amendedAt == script.start.addingTimeInterval(120))
        #expect(note.isAmended && note.earlierTexts == ["债务人称本月工资延迟发放"])
    }

    @Test func latestOutcomeWinsAndHistoryIsKept() throws {
        var script = EventScript()
        script.add(.outcomeRecorded(.disputed(reason: "amount wrong")))
        script.add(.outcomeRecorded(.noContact))
        let state = try script.fold()
        #expect(state.outcome?.outcome == .noContact)
        #expect(state.outcome?.sequence == 3)
        #expect(state.outcomeHistory.map(\.outcome.code) == [.disputed, .noContact])
    }

    @Test func revealAndHideChangeWhatIsShown() throws {
        var script = EventScript()
        script.add(.personalDataRevealed(fields: [.phone]))
        #expect(try script.fold().revealed == [.phone])
        script.add(.personalDataRevealed(fields: [.idNumber]))
        #expect(try script.fold().revealed == [.phone, .idNumber])
        script.add(.personalDataHidden)
        let state = try script.fold()
        #expect(state.revealed.isEmpty)
        #expect(state.revealHistory.map(\.isReveal) == [true, true, false])
    }

    @Test(arguments: EndReason.allCases)
    func endingRecordsReasonAndAskedToLeaveLocks(reason: EndReason) throws {
        var script = EventScript()
        script.add(.ended(reason: reason))
        let state = try script.fold()
        #expect(state.isEnded && state.endReason == reason)
        #expect(state.endedAt == script.start.addingTimeInterval(60))
        #expect(state.isLocked == (reason == .askedToLeave))
        #expect(state.duration(now: .distantFuture) == 60)
    }

    @Test func undoTakesBackTheLastChangeOfEachKind() throws {
        var script = EventScript()
        script.add(.stageEntered(stageID: "notice"))
        script.add(.itemMarked(itemID: "a", mark: .done))
        script.add(.stageEntered(stageID: "appointment"))
        script.add(.itemMarked(itemID: "a", mark: .skipped(reason: "no")))
        script.add(.noteAdded(noteID: "n6", text: "first"))
        script.add(.noteAmended(noteID: "n6", text: "second"))
        script.add(.outcomeRecorded(.noContact))
        script.add(.outcomeRecorded(.askedToLeave))
        var state = try script.fold()
        #expect(state.lastUndoableSequence == 9)

        var expected: [(VisitState) -> Bool] = [
            { $0.outcome?.outcome == .noContact },
            { $0.outcome == nil },
            { $0.note("n6")?.text == "first" && $0.note("n6")?.isAmended == false },
            { $0.notes.isEmpty },
            { $0.mark(of: "a") == .done },
            { $0.currentStageID == "notice" && $0.stageHistory.count == 1 },
            { $0.mark(of: "a") == .pending && $0.marks.isEmpty },
            { $0.currentStageID == nil && $0.stageHistory.isEmpty },
        ]
        var incremental = state
        while let last = state.lastUndoableSequence {
            let sequence = script.add(.undone(sequence: last))
            state = try script.fold()
            incremental.apply(script.events[sequence - 1])
            #expect(incremental == state)
            #expect(expected.removeFirst()(state), "after undoing \(last)")
        }
        #expect(expected.isEmpty)
        #expect(state.undoneSequences == Set(2...9))
        #expect(state.effectiveEvents.map(\.sequence) == [1])
    }

    @Test func undoSkipsEventsThatCannotBeUndone() throws {
        var script = EventScript()
        script.add(.itemMarked(itemID: "a", mark: .done))
        script.add(.personalDataRevealed(fields: [.phone]))
        var state = try script.fold()
        #expect(state.lastUndoableSequence == 2)
        script.add(.undone(sequence: 2))
        state = try script.fold()
        #expect(state.mark(of: "a") == .pending)
        #expect(state.revealed == [.phone])
        #expect(state.lastUndoableSequence == nil)
        #expect(state.headHash == "h4")
    }

    @Test func applyingOneByOneEqualsFoldingAll() throws {
        var script = EventScript()
        script.add(.stageEntered(stageID: "notice"))
        script.add(.itemMarked(itemID: "a", mark: .done))
        script.add(.noteAdded(noteID: "n4", text: "x"))
        script.add(.undone(sequence: 4))
        script.add(.outcomeRecorded(.rescheduled(date: CalendarDay(year: 2026, month: 2, day: 1), note: "")))
        script.add(.ended(reason: .completed))
        var state = try VisitState.fold(Array(script.events.prefix(1)), caseID: 3)
        for event in script.events.dropFirst() { state.apply(event) }
        #expect(state == (try script.fold()))
    }

    @Test func aLogMustBeginWithStarted() {
        #expect(throws: VisitFoldError.noEvents) { try VisitState.fold([], caseID: 1) }
        let stray = VisitEvent(visitID: 4, sequence: 2, at: Date(), kind: .noteAdded(noteID: "n", text: ""), hash: "")
        #expect(throws: VisitFoldError.doesNotStartWithStarted(visitID: 4, firstSequence: 2)) { try VisitState.fold([stray], caseID: 1) }
    }
}
